using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>
/// Deletes one claimed post through its network's client (<see cref="ISocialPostRemoval"/>), and turns a classified
/// failure into the row's next state: a rate limit waits until the network's reset, a transient failure is retried
/// with backoff until the attempts are spent, refused credentials wait for an administrator, a permanent refusal fails
/// with the network's words. A network that cannot delete (or whose window has passed) leaves it to a person.
/// </summary>
public sealed class RemovalProcessor(
    SopDbContext db,
    IEnumerable<ISocialChannel> clients,
    Networks.SocialNetworks networks,
    IOptionsMonitor<CrossPostingOptions> options,
    ChannelPauses pauses,
    TimeProvider clock,
    ILogger<RemovalProcessor> logger)
{
    public async Task ProcessAsync(Guid id, string owner, ResolvedChannel? channel, CancellationToken ct)
    {
        var removal = await db.OutboxRemovals.SingleAsync(r => r.Id == id, ct);
        if (removal.LeaseOwner != owner)
        {
            return;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == removal.OutboxId, ct);
        var now = clock.GetUtcNow();
        var network = networks.Find(removal.ChannelType);
        var remover = channel is null ? null : clients.FirstOrDefault(c => string.Equals(c.Type, channel.Type, StringComparison.OrdinalIgnoreCase)) as ISocialPostRemoval;
        RemovalPolicy.Decide(removal, message, network?.Removal, now);
        if (removal.Status == RemovalStatus.Manual || channel is null || remover is null)
        {
            if (removal.Status != RemovalStatus.Manual)
            {
                RemovalPolicy.Decide(removal, message, Networks.PostRemoval.Manual($"Saluran \"{removal.Channel}\" tidak dapat menghapus lewat aplikasi: hapus unggahan ini langsung di {removal.ChannelType}."), now);
            }

            Release(removal);
            await SaveAsync(removal, ct);
            return;
        }

        try
        {
            await remover.DeleteAsync(new RemovalRequest(message, channel), ct);
            logger.LogInformation("Cross-post {OutboxId} ({RemoteId}) removed from {Channel}", message.Id, message.RemoteId, message.Channel);
            removal.Status = RemovalStatus.Removed;
            removal.RemovedAt = clock.GetUtcNow();
            removal.WaitReason = null;
            removal.LastError = null;
        }
        catch (DeliveryFailureException failure)
        {
            logger.LogWarning("Removal of cross-post {OutboxId} from {Channel} failed ({Kind}, attempt {Attempt}): {Error}", message.Id, message.Channel, failure.Kind, removal.Attempts, failure.Message);
            Apply(removal, failure, now);
            await PauseOnCredentialsAsync(channel, failure, now, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Deleting again is harmless (a post already gone counts as deleted), so an unknown outcome is retried.
            logger.LogError(ex, "Removal of cross-post {OutboxId} from {Channel} ended unexpectedly", message.Id, message.Channel);
            Apply(removal, new DeliveryFailureException(FailureKind.Transient, ex.Message), now);
        }

        Release(removal);
        await SaveAsync(removal, ct);
    }

    private void Apply(OutboxRemoval removal, DeliveryFailureException failure, DateTimeOffset now)
    {
        removal.LastError = failure.Message;
        switch (failure.Kind)
        {
            case FailureKind.Permanent:
                removal.Status = RemovalStatus.Failed;
                removal.WaitReason = null;
                removal.NextAttemptAt = DeliveryProcessor.Never;
                return;
            case FailureKind.RateLimited:
                Wait(removal, failure.RetryAt is { } at && at > now ? at : now + options.CurrentValue.FirstRetryDelay, "Dibatasi jaringan; dicoba lagi setelah batasnya pulih.");
                return;
            case FailureKind.NeedsReauthorization:
                // The channel is paused (as for a post): due again at once, taken when the channel is resumed.
                Wait(removal, now, "Saluran dijeda: kredensial perlu diperbarui.");
                return;
            case FailureKind.OutOfCredits:
                Wait(removal, now, "Saluran dijeda: " + DeliveryProcessor.CreditsSpentReason(removal.ChannelType));
                return;
            default:
                if (removal.Attempts >= options.CurrentValue.MaxAttempts)
                {
                    removal.Status = RemovalStatus.Failed;
                    removal.WaitReason = null;
                    removal.NextAttemptAt = DeliveryProcessor.Never;
                    return;
                }

                Wait(removal, now + Backoff(removal), "Gangguan sementara; dicoba lagi otomatis.");
                return;
        }
    }

    /// <summary>A removal refused for the channel's credentials (or credits) pauses the channel as a refused post does, and tells the administrators once.</summary>
    private Task PauseOnCredentialsAsync(ResolvedChannel channel, DeliveryFailureException failure, DateTimeOffset now, CancellationToken ct) => failure.Kind switch
    {
        FailureKind.NeedsReauthorization => pauses.PauseAsync(
            channel,
            failure.Message,
            now,
            $"{channel.Type} menolak kredensial saluran \"{channel.Name}\" saat menghapus kiriman artikel yang ditarik: {failure.Message} Perbarui kredensial lalu lanjutkan saluran; penghapusan yang menunggu dijalankan setelahnya.",
            ct),
        FailureKind.OutOfCredits => pauses.PauseAsync(
            channel,
            $"{DeliveryProcessor.CreditsSpentReason(channel.Type)}: isi ulang kredit akun pengembang {channel.Type}, lalu lanjutkan saluran. ({failure.Message})",
            now,
            $"Kredit {channel.Type} habis untuk saluran \"{channel.Name}\" saat menghapus kiriman artikel yang ditarik: {failure.Message} Isi ulang kredit lalu lanjutkan saluran; penghapusan yang menunggu dijalankan setelahnya.",
            ct),
        _ => Task.CompletedTask,
    };

    private static void Wait(OutboxRemoval removal, DateTimeOffset at, string reason)
    {
        removal.Status = RemovalStatus.Waiting;
        removal.NextAttemptAt = at;
        removal.WaitReason = reason;
    }

    private static void Release(OutboxRemoval removal)
    {
        removal.LeaseOwner = null;
        removal.LeaseExpiresAt = null;
    }

    private TimeSpan Backoff(OutboxRemoval removal) =>
        RetryPolicy.Delay(Math.Max(1, removal.Attempts), Random.Shared.NextDouble(), options.CurrentValue.FirstRetryDelay);

    private async Task SaveAsync(OutboxRemoval removal, CancellationToken ct)
    {
        try
        {
            // Not cancelled by shutdown: an answer the network gave is written down before the process stops.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Removal {RemovalId}: lease lost while deleting; another instance takes it over", removal.Id);
        }
    }
}
