using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>The SOP's Waktu column as stored: working days allowed per step, changed by an administrator.</summary>
public sealed class StepDurations(SopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SopStep>> StepsAsync(CancellationToken ct) =>
        await db.SopSteps.AsNoTracking().OrderBy(s => s.Number).ToListAsync(ct);

    /// <summary>Stores the working days by step number; returns what changed ("langkah 2: 1 → 3"), in step order.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyDictionary<int, int> days, string editedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(days);
        var changed = new List<string>();
        foreach (var step in await db.SopSteps.ToListAsync(ct))
        {
            if (days.TryGetValue(step.Number, out var value) && value != step.WorkingDaysAllowed)
            {
                changed.Add($"langkah {step.Number}: {step.WorkingDaysAllowed} → {value}");
                step.WorkingDaysAllowed = value;
                step.UpdatedAt = clock.GetUtcNow();
                step.UpdatedBy = editedBy;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }
}
