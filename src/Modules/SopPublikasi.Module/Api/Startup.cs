using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using SopPublikasi.Module.Berkala;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Api;

/// <summary>The versioned JSON API under /api/v1: the workflow and upload endpoints, the token policy, the request budget, the OpenAPI document and its reference page.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<ApiOptions>(ApiOptions.Section);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Unreadable bodies are thrown in every environment, so that the API answers them in one way (see MapSopApi).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddScoped<WorkflowApi.Context>();
        services.AddAuthorizationBuilder().AddPolicy(ApiRegistration.Policy, p => p
            .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(SopRoles.All));

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(ApiRoutes.RateLimitPolicy, http =>
            {
                var api = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
                return RateLimitPartition.GetFixedWindowLimiter(ApiClients.PartitionKey(http), _ => new FixedWindowRateLimiterOptions
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

        services.AddOpenApi("v1", o => o.AddSchemaTransformer(OpenApiDescriptions.RequiredIsNotNull).AddSchemaTransformer(InputRules).AddOperationTransformer(TokenSecurity).AddDocumentTransformer((document, _, _) =>
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

    /// <summary>Rules of the API's inputs that their services keep rather than their annotations.</summary>
    private static Task InputRules(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(Disposisi.DisposisiInput) && schema.Properties?["instruksi"] is OpenApiSchema instruksi)
        {
            instruksi.MinItems = 1;
            instruksi.Description = "Sedikitnya satu butir, masing-masing dari daftar Instruksi Disposisi (admin: /admin/instruksi).";
            schema.Required ??= new HashSet<string>();
            schema.Required.Add("instruksi");
        }

        if (context.JsonTypeInfo.Type == typeof(Materi.DraftInput) && schema.Properties?["kategoriId"] is OpenApiSchema kategori)
        {
            kategori.Minimum = "1";
            kategori.Description = "Id kategori dari GET /api/v1/kategori.";
        }

        if (context.JsonTypeInfo.Type == typeof(Materi.DraftInput) && schema.Properties?["catatanRalat"] is OpenApiSchema ralat)
        {
            ralat.MaxLength = Materi.MateriRalat.MaxLength;
            ralat.Description = "Catatan ralat: hanya pada revisi materi yang sudah terbit (selain itu 422 errors.catatanRalat); tampil di berita dengan tanggal revisi tayang.";
        }

        if ((context.JsonTypeInfo.Type == typeof(Publik.BeritaEndpoints.BeritaItem) || context.JsonTypeInfo.Type == typeof(Publik.BeritaEndpoints.BeritaDetail))
            && schema.Properties?.ContainsKey("diperbarui") == true)
        {
            // Always present: when the live version last changed, and (detail) the published corrections, newest first.
            schema.Required ??= new HashSet<string>();
            schema.Required.Add("diperbarui");
            if (schema.Properties.ContainsKey("ralat"))
            {
                schema.Required.Add("ralat");
            }
        }

        if (context.JsonTypeInfo.Type == typeof(Workflow.TransitionInput) && schema.Properties?["klasifikasi"] is OpenApiSchema klasifikasi)
        {
            klasifikasi.Enum = [.. Materi.KlasifikasiParser.Keys.Select(k => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(k.Key)), null!]; // null: any other move
            klasifikasi.Description = "Kategori informasi Perki 1/2021, wajib pada aksi setujui (langkah 7).";
        }

        return Task.CompletedTask;
    }

    /// <summary>The token scheme on each operation that requires authorization (read from the endpoint's metadata), and on no other.</summary>
    private static Task TokenSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        var secured = routes.MapApiV1().RequireAuthorization(ApiRegistration.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        secured.MapWorkflowApi();
        secured.MapMediaApi();
        secured.MapDaftarApi();
        secured.MapPratinjauApi();
        secured.MapBerkalaApi();
        secured.MapDraftApi();

        routes.MapOpenApi("/openapi/{documentName}.json");
        routes.MapScalarApiReference("/scalar", o => o.WithTitle("SopPublikasi API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
    }
}
