using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.Tokens;

/// <summary>Personal access tokens and the authentication scheme that reads them.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPermissions(TokenPermissions.Provider);
        services.AddAdminMenu(new AdminMenuItem("Token API", "/Tokens/Pages/Token", 20));
        services.AddScoped<TokenService>();
        services.AddAccountEventHandler<RevokeTokensOnAccountEvents>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
    }
}
