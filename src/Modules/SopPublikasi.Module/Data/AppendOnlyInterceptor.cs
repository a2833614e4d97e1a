using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SopPublikasi.Module.Data;

/// <summary>
/// Rows marked <see cref="IAppendOnly"/> (the history, saved versions) are written once: any update or delete of them
/// is refused.
/// </summary>
public sealed class AppendOnlyInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Guard(DbContext? context)
    {
        var touched = context?.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is IAppendOnly && e.State is EntityState.Modified or EntityState.Deleted);
        if (touched is not null)
        {
            throw new InvalidOperationException($"{touched.Entity.GetType().Name} rows are append-only; refusing to {touched.State.ToString().ToLowerInvariant()} one.");
        }
    }
}

/// <summary>A row written once and never changed or deleted (enforced by <see cref="AppendOnlyInterceptor"/>).</summary>
public interface IAppendOnly;
