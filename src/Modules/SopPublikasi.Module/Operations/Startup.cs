using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Operations;

/// <summary>Operating the site: liveness and readiness, the SopPublikasi meter and traces (exported over OTLP when configured).</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SopMetrics>();
        builder.Services.AddMateriHandler<TransitionMetrics>();
        Readiness.AddSopReadiness(builder.Services);
        builder.AddSopTelemetry();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapSopHealth();
}
