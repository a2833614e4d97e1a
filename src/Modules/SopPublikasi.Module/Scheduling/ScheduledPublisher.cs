using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Scheduling;

/// <summary>
/// Publishes scheduled items whose minute has come (SOP step 8 by the system), each through
/// <see cref="MateriService.PublishDueAsync"/>, the same unit of work as an immediate approval. Several instances may
/// run it on one database: the item's concurrency stamp lets exactly one of them commit the publication; the
/// others' attempts roll back whole. Time is read from <see cref="TimeProvider"/>; between rounds it sleeps until the
/// next scheduled time (at most <see cref="SchedulingOptions.PollInterval"/>) or until an item is scheduled.
/// </summary>
public sealed partial class ScheduledPublisher(
    IServiceScopeFactory scopes,
    ScheduledPublicationSignal signal,
    IOptionsMonitor<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPublisher> logger) : SignalledPoller(signal, logger)
{
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromSeconds(1);

    // The earliest scheduled time seen at the end of the last batch (UTC ticks), 0 when none.
    private long _nextDueTicks;

    protected override TimeSpan PollInterval
    {
        get
        {
            var longest = options.CurrentValue.PollInterval;
            var next = Interlocked.Read(ref _nextDueTicks);
            if (next == 0)
            {
                return longest;
            }

            var wait = new DateTimeOffset(next, TimeSpan.Zero) - clock.GetUtcNow();
            return wait < ShortestSleep ? ShortestSleep : wait > longest ? longest : wait;
        }
    }

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        List<Guid> due;
        var now = clock.GetUtcNow().ToUniversalTime();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            due = await db.Materi.AsNoTracking()
                .Where(m => m.State == WorkflowState.Terjadwal && m.ScheduledAt <= now)
                .OrderBy(m => m.ScheduledAt)
                .Select(m => m.Id)
                .Take(20)
                .ToListAsync(ct);
            var next = await db.Materi.AsNoTracking()
                .Where(m => m.State == WorkflowState.Terjadwal && m.ScheduledAt > now)
                .OrderBy(m => m.ScheduledAt)
                .Select(m => m.ScheduledAt)
                .FirstOrDefaultAsync(ct);
            Interlocked.Exchange(ref _nextDueTicks, next?.UtcTicks ?? 0);
        }

        var published = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<MateriService>().PublishDueAsync(id, ct))
                {
                    published++;
                    LogPublished(logger, id);
                }
            }
            catch (Exception ex) when (ApiProblems.IsUserError(ex))
            {
                // Not publishable as it stands (rescheduled or stopped in between): left to the next look.
                LogSkipped(logger, id, ex.Message);
            }
        }

        // Only publications count: a batch of items another instance took ends the round instead of looping.
        return published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled item {MateriId} published")]
    private static partial void LogPublished(ILogger logger, Guid materiId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled item {MateriId} not published: {Reason}")]
    private static partial void LogSkipped(ILogger logger, Guid materiId, string reason);
}
