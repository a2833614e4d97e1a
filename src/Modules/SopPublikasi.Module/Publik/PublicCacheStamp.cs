using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Keeps this instance's output cache in step with changes made on other instances: at most once per
/// Site:CacheStampInterval a request reads the <see cref="ChangeStamp"/>; when it moved since the last look, every
/// cached public response of this instance is evicted. A change made here is evicted at once anyway.
/// </summary>
public sealed partial class PublicCacheStamp(
    IServiceScopeFactory scopes, IOutputCacheStore cache, IOptionsMonitor<SiteOptions> options, ILogger<PublicCacheStamp> logger)
{
    private long _seen = -1;
    private long _nextCheck;
    private int _checking;

    /// <summary>Bumps the stamp in the caller's unit of work (call inside its transaction).</summary>
    public static Task BumpAsync(SopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ChangeStamps.Where(s => s.Name == ChangeStamp.Publik)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), ct);
    }

    /// <summary>Looks at the stamp when the interval has passed; one request at a time does, the others go on.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        var now = Environment.TickCount64;
        if (now < Volatile.Read(ref _nextCheck) || Interlocked.Exchange(ref _checking, 1) == 1)
        {
            return;
        }

        try
        {
            Volatile.Write(ref _nextCheck, now + (long)options.CurrentValue.CacheStampInterval.TotalMilliseconds);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            var version = await db.ChangeStamps.AsNoTracking().Where(s => s.Name == ChangeStamp.Publik).Select(s => s.Version).FirstOrDefaultAsync(ct);
            var seen = Interlocked.Exchange(ref _seen, version);
            if (seen >= 0 && seen != version)
            {
                await cache.EvictByTagAsync(PublicCache.AllTag, ct);
                LogEvicted(seen, version);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is away: the request goes on (and fails on its own if it needs the database).
            LogCheckFailed(ex.GetType().Name);
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Public content changed (stamp {From} -> {To}): output cache evicted")]
    private partial void LogEvicted(long from, long to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the public change stamp ({Error})")]
    private partial void LogCheckFailed(string error);
}
