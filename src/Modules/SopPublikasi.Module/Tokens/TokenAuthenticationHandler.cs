using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Tokens;

/// <summary>
/// "Authorization: Bearer sop_…" for the API. A missing or bad token is a 401, a missing right a 403, both as
/// problem+json.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    UserManager<AppUser> users,
    PermissionService permissions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var holder = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = holder is null ? null : await users.FindByIdAsync(holder.UserId);
        // A deactivated person's tokens are refused (and were revoked at the deactivation). A temporary lockout after
        // failed sign-ins is not checked: it guards the password, and anyone can cause it by typing wrong ones.
        if (user is null || AccountStatus.IsDeactivated(user))
        {
            return AuthenticateResult.Fail("Token tidak valid, kedaluwarsa, atau sudah dicabut.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName ?? user.Id) };
        if (holder!.IssuedById is { } issuerId)
        {
            // Issued by someone else: it lasts only while its issuer is active and may still issue tokens for others.
            // When not, it is revoked for good (a later reactivation or grant does not bring it back).
            var issuer = await users.FindByIdAsync(issuerId);
            if (issuer is null || AccountStatus.IsDeactivated(issuer)
                || !(await permissions.ActorOfAsync(issuer)).May(TokenPermissions.KelolaTokenSemuaName))
            {
                await tokens.RevokeIssuedByAsync(issuerId, holder.TokenId, Context.RequestAborted);
                return AuthenticateResult.Fail("Token tidak valid, kedaluwarsa, atau sudah dicabut.");
            }

            claims.Add(new Claim(ActorClaims.IssuedBy, issuerId));
            claims.Add(new Claim(ActorClaims.IssuedByName, PermissionService.NameOf(issuer)));
        }

        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Perlu token akses.",
            "Kirim header Authorization: Bearer <token>. Token dibuat di admin (Token API) atau dengan perintah `token create`.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Akses ditolak.", "Akun token ini tidak memiliki peran SOP untuk permintaan ini.");

    private Task WriteProblemAsync(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
}
