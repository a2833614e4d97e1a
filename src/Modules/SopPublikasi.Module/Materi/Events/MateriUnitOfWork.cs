using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi.Events;

/// <summary>
/// Commits one change of an item together with the features' reactions to it: staged rows and the item's rows in
/// one transaction, then the after-commit reactions.
/// </summary>
public sealed partial class MateriUnitOfWork(SopDbContext db, IServiceProvider services, ILogger<MateriUnitOfWork> logger)
{
    /// <param name="e">The event the handlers see.</param>
    /// <param name="save">Writes the item's own changes (maps a lost race to the caller's error).</param>
    /// <param name="ct">Cancels the work up to the commit; the after-commit reactions run regardless.</param>
    public async Task CommitAsync<TEvent>(TEvent e, Func<CancellationToken, Task> save, CancellationToken ct)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(save);
        var handlers = services.GetServices<IMateriEventHandler<TEvent>>().ToList();
        foreach (var handler in handlers)
        {
            await handler.StagingAsync(e, ct);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await save(ct);
            foreach (var handler in handlers)
            {
                await handler.SavedAsync(e, ct);
            }

            await transaction.CommitAsync(ct);
        }

        foreach (var handler in handlers)
        {
            try
            {
                // Committed: a request cancelled now must not leave the cache stale or a dispatcher asleep.
                await handler.CommittedAsync(e, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogCommittedFailed(logger, ex, handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed after {Event} was committed; the change stands")]
    private static partial void LogCommittedFailed(ILogger logger, Exception ex, string handler, string @event);
}
