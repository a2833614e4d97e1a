using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Api;

/// <summary>The versioned JSON API under /api/v1, its OpenAPI document and its reference page.</summary>
public static class ApiRegistration
{
    public const string Policy = "ApiToken";
    public const string RateLimitPolicy = "api";

    public static void AddSopApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TokenService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Unreadable bodies are thrown in every environment, so that the API answers them in one way (see MapSopApi).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddScoped<WorkflowApi.Context>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(SopRoles.All));

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, http =>
            {
                var api = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
                var client = http.Request.Headers.Authorization.ToString() is { Length: > 0 } auth
                    ? "token:" + auth.GetHashCode(StringComparison.Ordinal)
                    : "ip:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = api.PermitLimit,
                    Window = api.Window,
                    QueueLimit = 0,
                });
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                if (!context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    return; // the site's status page (/status/429) explains it in Indonesian
                }

                await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Terlalu banyak permintaan.",
                    $"Batas permintaan API terlampaui; coba lagi dalam {(int)Math.Ceiling(retryAfter.TotalSeconds)} detik.").ExecuteAsync(context.HttpContext);
            };
        });

        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SopPublikasi API",
                Version = "v1",
                Description = "Konten terbit kecamatan (publik) dan alur SOP Pengelolaan Website dan Media Sosial (dengan token).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["token"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token akses pribadi (sop_…), dibuat di admin atau dengan `token create`.",
            };
            return Task.CompletedTask;
        }));
    }

    /// <summary>A body that is not valid JSON, or a value of the wrong type: 400 problem+json naming the field.</summary>
    public static async Task HandleUnreadableBody(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next();
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            var json = ex.InnerException as JsonException;
            var parameter = System.Text.RegularExpressions.Regex.Match(ex.Message, "parameter \"(?:[^\" ]+ )?(\\w+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            ProblemHttpResult problem = json is { Path: { Length: > 1 } path, InnerException: null }
                ? ApiProblems.Invalid(new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["Nilai tidak valid untuk kolom ini."] }, StatusCodes.Status400BadRequest, "Isi permintaan tidak dapat dibaca.")
                : json is null && parameter.Success
                    ? ApiProblems.Invalid(new Dictionary<string, string[]> { [parameter.Groups[1].Value] = ["Nilai tidak valid."] }, StatusCodes.Status400BadRequest, "Parameter tidak valid.")
                    : ApiProblems.Problem(StatusCodes.Status400BadRequest, "Isi permintaan tidak dapat dibaca.", json is null ? "Permintaan tidak lengkap atau tidak valid." : "Isi permintaan bukan JSON yang valid.");
            await problem.ExecuteAsync(http);
        }
    }

    public static void MapSopApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimitPolicy);
        api.MapBeritaApi();
        api.MapInformasiPublikApi();

        var secured = api.MapGroup(string.Empty).RequireAuthorization(Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        secured.MapWorkflowApi();
        secured.MapMediaApi();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("SopPublikasi API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
    }
}
