using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>
/// A feature's reaction to an administrator's change of a person's credentials (Orchard Core's user event handler,
/// in this module's shape): the core raises the events, features holding credentials of their own (API tokens)
/// handle them. Every handler runs; a failure is not swallowed, so the administrator sees the change fail.
/// </summary>
public interface IAccountEventHandler
{
    /// <summary>The person's password was set by an administrator: whatever the old one let in must end.</summary>
    Task PasswordResetAsync(AppUser user, CancellationToken ct);

    /// <summary>The person was deactivated. A later reactivation gives back the sign-in only.</summary>
    Task DeactivatedAsync(AppUser user, CancellationToken ct);
}

/// <summary>Raises the account events to every registered handler.</summary>
public sealed class AccountEvents(IEnumerable<IAccountEventHandler> handlers)
{
    public async Task PasswordResetAsync(AppUser user, CancellationToken ct)
    {
        foreach (var handler in handlers)
        {
            await handler.PasswordResetAsync(user, ct);
        }
    }

    public async Task DeactivatedAsync(AppUser user, CancellationToken ct)
    {
        foreach (var handler in handlers)
        {
            await handler.DeactivatedAsync(user, ct);
        }
    }
}

public static class AccountEventServices
{
    /// <summary>A feature's handler of the account events.</summary>
    public static IServiceCollection AddAccountEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, IAccountEventHandler =>
        services.AddScoped<IAccountEventHandler, THandler>();
}
