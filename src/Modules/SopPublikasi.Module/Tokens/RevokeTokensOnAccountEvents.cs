using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Tokens;

/// <summary>
/// A password reset or a deactivation ends the person's API tokens for good: revoked, not only refused while the
/// account is off, so that a reactivation does not bring back tokens that may have leaked with the old password.
/// </summary>
public sealed class RevokeTokensOnAccountEvents(TokenService tokens) : IAccountEventHandler
{
    public async Task PasswordResetAsync(AppUser user, CancellationToken ct) => await RevokeAllAsync(user, ct);

    public async Task DeactivatedAsync(AppUser user, CancellationToken ct) => await RevokeAllAsync(user, ct);

    private Task<int> RevokeAllAsync(AppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return tokens.RevokeAsync(user.Id, null, ct);
    }
}
