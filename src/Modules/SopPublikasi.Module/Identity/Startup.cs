using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>People and roles: ASP.NET Core Identity on the module's context, the sign-in cookie, the login rate limit and the SOP's roles.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<AccountOptions>(AccountOptions.Section);
        services.AddScoped<IDataSeeder, IdentitySeeder>();
        services.AddScoped<UniformSignIn>();
        services.AddScoped<AccountEvents>();
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // At least 10 characters with a digit, a lower-case and an upper-case letter (Identity's defaults).
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<SopDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>();

        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedAttempts;
            o.Lockout.DefaultLockoutTimeSpan = accounts.Value.LockoutDuration;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
            o.ValidationInterval = accounts.Value.SessionCheckInterval);

        // Sign-in posts per client address: slows password guessing across many accounts, which lockout alone does not.
        services.AddRateLimiter(o => o.AddPolicy(IdentityRegistration.LoginRateLimitPolicy, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var accounts = http.RequestServices.GetRequiredService<IOptionsMonitor<AccountOptions>>().CurrentValue;
            return RateLimitPartition.GetFixedWindowLimiter(
                "login:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = accounts.LoginPermitLimit, Window = accounts.LoginWindow, QueueLimit = 0 });
        }));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/admin/masuk";
            o.LogoutPath = "/admin/keluar";
            o.AccessDeniedPath = "/admin/ditolak";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Every request: the cookie's security stamp is still the person's (sign-out, password reset and deactivation
            // change it), then Identity's periodic refresh of the principal.
            o.Events.OnValidatePrincipal = SessionStamps.ValidatePrincipalAsync;
            o.Events.OnRedirectToLogin = ctx => IdentityRegistration.ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => IdentityRegistration.ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        // Keys in the database: sign-in cookies survive restarts and are valid on every instance.
        services.AddDataProtection().SetApplicationName("SopPublikasi").PersistKeysToDbContext<SopDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(IdentityRegistration.EditorPolicy, p => p.RequireAuthenticatedUser().RequireRole(SopRoles.All));
    }
}
