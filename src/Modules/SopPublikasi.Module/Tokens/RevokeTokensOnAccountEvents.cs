using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Tokens;

/// <summary>
/// A password reset or a deactivation ends the person's API tokens for good: revoked, not only refused while the
/// account is off, so that a reactivation does not bring back tokens that may have leaked with the old password. It
/// ends as well the tokens the person issued for others, which act in their name too ("… atas nama …"). An issuer who
/// loses KelolaTokenSemua (a role taken away, a grant withdrawn) loses them at their next use
/// (<see cref="TokenAuthenticationHandler"/>).
/// </summary>
public sealed class RevokeTokensOnAccountEvents(TokenService tokens) : IAccountEventHandler
{
    public async Task PasswordResetAsync(AppUser user, CancellationToken ct) => await RevokeAllAsync(user, ct);

    public async Task DeactivatedAsync(AppUser user, CancellationToken ct) => await RevokeAllAsync(user, ct);

    private async Task RevokeAllAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await tokens.RevokeAsync(user.Id, null, ct);
        await tokens.RevokeIssuedByAsync(user.Id, null, ct);
    }
}
