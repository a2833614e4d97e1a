using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// Commits one move of the desk with the features' reactions: the handlers stage their rows (webhook deliveries,
/// notices, the requester's e-mail) into the same context before the save, so they commit or roll back with the move;
/// after the commit they are told (waking dispatchers). A lost race is a <see cref="LayananConflictException"/>: on the
/// move's revisi, or on the request's history sequence (another instance's overdue watcher wrote the next history row
/// between this move's read and its save).
/// </summary>
public sealed partial class LayananUnitOfWork(SopDbContext db, IServiceProvider services, ILogger<LayananUnitOfWork> logger)
{
    public const string StaleMessage = "Data ini baru saja diubah orang lain. Muat ulang halaman, lalu periksa kembali.";

    public async Task CommitAsync<TEvent>(TEvent e, CancellationToken ct)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(e);
        var handlers = services.GetServices<ILayananEventHandler<TEvent>>().ToList();
        foreach (var handler in handlers)
        {
            await handler.StagingAsync(e, ct);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new LayananConflictException(StaleMessage);
        }
        catch (DbUpdateException ex) when (DatabaseFailures.IsUniqueViolation(ex, "LayananHistory"))
        {
            throw new LayananConflictException(StaleMessage);
        }

        await CommittedAsync(e, handlers);
    }

    /// <summary>Tells the handlers after a save the caller made itself (numbering retries its own save).</summary>
    public async Task StageAsync<TEvent>(TEvent e, CancellationToken ct)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var handler in services.GetServices<ILayananEventHandler<TEvent>>())
        {
            await handler.StagingAsync(e, ct);
        }
    }

    public Task CommittedAsync<TEvent>(TEvent e)
        where TEvent : class =>
        CommittedAsync(e, [.. services.GetServices<ILayananEventHandler<TEvent>>()]);

    private async Task CommittedAsync<TEvent>(TEvent e, List<ILayananEventHandler<TEvent>> handlers)
        where TEvent : class
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.CommittedAsync(e, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogCommittedFailed(logger, ex, handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed after {Event} was committed; the move stands")]
    private static partial void LogCommittedFailed(ILogger logger, Exception ex, string handler, string @event);
}
