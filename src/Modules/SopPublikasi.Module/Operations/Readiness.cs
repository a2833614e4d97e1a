using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Operations;

/// <summary>
/// /healthz: the process answers (no checks, so a database outage does not get the instance restarted).
/// /readyz: the database is reachable, no migration is pending and every background sender is alive; otherwise
/// 503 with a JSON body naming the failing check, so that the proxy sends traffic elsewhere.
/// </summary>
public static class Readiness
{
    public const string ReadyTag = "ready";

    public static void AddSopReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<BackgroundReadyCheck>("dispatchers", tags: [ReadyTag]);
    }

    public static void MapSopHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteJsonAsync,
        });
    }

    private static Task WriteJsonAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}

/// <summary>The database answers and has every migration this build knows.</summary>
public sealed class DatabaseReadyCheck(SopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // SQLite would quietly create a new empty file where the database went missing: look first.
            if (db.Database.IsSqlite() && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) is var csb
                && csb.Mode != SqliteOpenMode.Memory && csb.DataSource != ":memory:" && !File.Exists(csb.DataSource))
            {
                return HealthCheckResult.Unhealthy("Berkas basis data tidak ditemukan.");
            }

            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Basis data tidak dapat dihubungi.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Basis data terhubung; semua migrasi sudah diterapkan.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrasi belum diterapkan: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The exception's type only: its message may quote the connection string.
            return HealthCheckResult.Unhealthy($"Basis data tidak dapat dihubungi ({ex.GetType().Name}).");
        }
    }
}

/// <summary>Every background sender (outbox, webhooks) is running and has beaten recently.</summary>
public sealed class BackgroundReadyCheck(IEnumerable<IHostedService> hosted) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var names = new List<string>();
        foreach (var service in hosted.OfType<IBackgroundHeartbeat>())
        {
            names.Add(service.Name);
            if (!service.IsRunning)
            {
                problems.Add($"{service.Name} tidak berjalan");
            }
            else if (service.SinceLastBeat is not { } since)
            {
                problems.Add($"{service.Name} belum mulai");
            }
            else if (since > service.MaxSilence)
            {
                problems.Add($"{service.Name} diam selama {since.TotalSeconds:0} detik");
            }
        }

        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"Berjalan: {string.Join(", ", names)}.")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems) + "."));
    }
}
