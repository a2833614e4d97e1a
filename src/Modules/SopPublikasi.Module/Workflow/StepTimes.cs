using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>The median time items spent in one SOP step, over the last 30 and 90 days (null: no data).</summary>
public sealed record StepMedian(SopStep Step, TimeSpan? Last30, int Count30, TimeSpan? Last90, int Count90);

/// <summary>One finished stay of an item in a step, read from two consecutive history rows.</summary>
public sealed record StepStay(int Step, DateTimeOffset Left, TimeSpan Duration);

/// <summary>Median time per step from the history rows. Only finished stays count: items still in a step are left out.</summary>
public sealed class StepTimes(SopDbContext db, WorkflowLoader loader, TimeProvider clock)
{
    public async Task<IReadOnlyList<StepMedian>> MediansAsync(CancellationToken ct)
    {
        var definition = await loader.LoadDefinitionAsync(ct);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-90);
        // Items with a row in the window; their earlier rows are needed too (a stay may start before it).
        var rows = await db.History.AsNoTracking()
            .Where(h => db.Set<HistoryEntry>().Any(x => x.MateriId == h.MateriId && x.At >= since))
            .Select(h => new HistoryPoint(h.MateriId, h.Sequence, h.To, h.At))
            .ToListAsync(ct);
        var stays = Stays(rows, state => definition.PendingStep(state)?.Number);
        return
        [
            .. definition.Steps
                .Where(s => s.Performer != SopRoles.System && s.Number > 1) // step 1 starts the item; step 8 is instant
                .Select(s =>
                {
                    var d30 = stays.Where(x => x.Step == s.Number && x.Left >= now.AddDays(-30)).Select(x => x.Duration).ToList();
                    var d90 = stays.Where(x => x.Step == s.Number && x.Left >= since).Select(x => x.Duration).ToList();
                    return new StepMedian(s, Median(d30), d30.Count, Median(d90), d90.Count);
                }),
        ];
    }

    /// <summary>Each row enters a state; the item's next row leaves it. The stay counts for the step pending in that state.</summary>
    public static IReadOnlyList<StepStay> Stays(IEnumerable<HistoryPoint> rows, Func<WorkflowState, int?> pendingStep)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pendingStep);
        var stays = new List<StepStay>();
        foreach (var item in rows.GroupBy(r => r.MateriId))
        {
            var ordered = item.OrderBy(r => r.Sequence).ToList();
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                if (pendingStep(ordered[i].To) is { } step)
                {
                    stays.Add(new StepStay(step, ordered[i + 1].At, ordered[i + 1].At - ordered[i].At));
                }
            }
        }

        return stays;
    }

    public static TimeSpan? Median(IReadOnlyCollection<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>The parts of a history row the medians need.</summary>
public sealed record HistoryPoint(Guid MateriId, int Sequence, WorkflowState To, DateTimeOffset At);
