using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// The PPID desk's API: the resident's requests, tracking and objections without an account (budgeted per address),
/// and the office's registers and moves with a token (LayananPermissions), in the API's conventions (problem+json,
/// Idempotency-Key, ETag/If-Match, the OpenAPI document).
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<LayananApiOptions>(LayananApiOptions.Section);
        services.AddScoped<LayananRegister>();

        // A request or an objection per address within the desk's own budget; the tracking GET keeps the API's public one.
        services.AddRateLimiter(o => o.AddPolicy(LayananApiOptions.PublicPolicy, http =>
        {
            var address = http.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
            if (HttpMethods.IsPost(http.Request.Method))
            {
                var desk = http.RequestServices.GetRequiredService<IOptionsMonitor<LayananApiOptions>>().CurrentValue;
                return RateLimitPartition.GetFixedWindowLimiter("ppid-post:" + address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = desk.PostPermitLimit,
                    Window = desk.PostWindow,
                    QueueLimit = 0,
                });
            }

            var api = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
            return RateLimitPartition.GetFixedWindowLimiter("ppid-get:" + address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = api.PermitLimit,
                Window = api.Window,
                QueueLimit = 0,
            });
        }));
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        var publik = routes.MapGroup(ApiRoutes.V1).RequireRateLimiting(LayananApiOptions.PublicPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        publik.MapLayananPublikApi();

        var kantor = routes.MapApiV1().RequireAuthorization(ApiRegistration.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        kantor.MapKantorPermohonanApi();
        kantor.MapKantorKeberatanApi();
    }
}
