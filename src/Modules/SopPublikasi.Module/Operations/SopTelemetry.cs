using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SopPublikasi.Module.Operations;

/// <summary>
/// Traces and metrics. The Meter and ActivitySource always exist; OpenTelemetry collects and exports them over OTLP
/// only when an endpoint is configured: OpenTelemetry:OtlpEndpoint (with OpenTelemetry:Protocol grpc|http) or the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT environment variable.
/// </summary>
public static class SopTelemetry
{
    public const string Section = "OpenTelemetry";

    public static void AddSopTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = builder.Configuration[$"{Section}:OtlpEndpoint"];
        var standard = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standard))
        {
            return;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration[$"{Section}:ServiceName"] ?? "sop-publikasi"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SopMetrics.MeterName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/readyz"))
                .AddHttpClientInstrumentation()
                .AddSource(SopMetrics.MeterName));
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            otel.UseOtlpExporter(); // reads the OTEL_EXPORTER_OTLP_* variables
        }
        else
        {
            var protocol = string.Equals(builder.Configuration[$"{Section}:Protocol"], "http", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, new Uri(endpoint));
        }
    }
}
