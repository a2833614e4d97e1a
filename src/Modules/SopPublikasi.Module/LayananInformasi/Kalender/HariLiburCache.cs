using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Kalender;

/// <summary>
/// The holiday table in memory: read once, then again after <see cref="Invalidate"/> (this instance's holiday page
/// saved) or after <see cref="MaxAge"/> (another instance's page saved).
/// </summary>
public sealed class HariLiburCache(IServiceScopeFactory scopes, TimeProvider clock) : IHariLiburSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private volatile Snapshot? _cached;
    private int _version;

    public async Task<IReadOnlySet<DateOnly>> GetAsync(CancellationToken ct)
    {
        if (_cached is { } c && clock.GetElapsedTime(c.ReadAt) < MaxAge)
        {
            return c.Dates;
        }

        // Two readers at once both read the table: harmless. A save during the read must not leave the old list cached.
        var version = Volatile.Read(ref _version);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var dates = (await db.HariLibur.AsNoTracking().Select(h => h.Tanggal).ToListAsync(ct)).ToHashSet();
        if (Volatile.Read(ref _version) == version)
        {
            _cached = new Snapshot(dates, clock.GetTimestamp());
        }

        return dates;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _cached = null;
    }

    private sealed record Snapshot(IReadOnlySet<DateOnly> Dates, long ReadAt);
}
