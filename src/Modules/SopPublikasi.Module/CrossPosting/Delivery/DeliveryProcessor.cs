using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>
/// Sends one claimed row: reconciles first when its last outcome was uncertain, posts, stores the network's id the
/// moment it is known, and turns a classified failure into the row's next state. Runs in its own DI scope.
/// </summary>
public sealed class DeliveryProcessor(
    SopDbContext db,
    OutboxClaims claims,
    ChannelDirectory directory,
    QuotaGuard quota,
    ImageLoader images,
    IEnumerable<ISocialChannel> clients,
    ChannelPauses pauses,
    WebhookWriter webhooks,
    IOptionsMonitor<CrossPostingOptions> options,
    TimeProvider clock,
    ILogger<DeliveryProcessor> logger)
{
    /// <summary>A row held for an administrator's decision is never due by itself.</summary>
    public static readonly DateTimeOffset Never = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Handles the row; returns the channel's name when the channel must be skipped for the rest of the round.</summary>
    public async Task<string?> ProcessAsync(Guid id, string owner, bool reconcileFirst, ResolvedChannel? channel, CancellationToken ct)
    {
        var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);
        if (message.LeaseOwner != owner)
        {
            return null;
        }

        // A withdrawn article is never posted afterwards: a row retried or left waiting is cancelled instead; one whose
        // outcome is unknown is only looked for (found, its removal follows; absent, it is cancelled).
        var withdrawn = await WithdrawnAsync(message.MateriId, ct);
        if (withdrawn && !reconcileFirst)
        {
            message.MarkCancelled(Removal.RemoveCrossPostsOnWithdrawal.CancelledReason);
            await SaveAsync(message, ct);
            return null;
        }

        var client = channel is null ? null : clients.FirstOrDefault(c => string.Equals(c.Type, channel.Type, StringComparison.OrdinalIgnoreCase));
        if (channel is null || client is null)
        {
            message.MarkFailed($"Saluran \"{message.Channel}\" tidak lagi dikonfigurasi.");
            await SaveAsync(message, ct);
            return null;
        }

        var request = new DeliveryRequest(
            message,
            channel,
            token => images.LoadAsync(message.ImageId, token),
            async (progress, token) =>
            {
                message.Progress = progress;
                await claims.SaveProgressAsync(message.Id, owner, progress, token);
                db.Entry(message).Property(m => m.Progress).OriginalValue = progress;
            });
        try
        {
            if (reconcileFirst)
            {
                bool settled;
                try
                {
                    settled = await ReconcileAsync(client, request, ct);
                }
                catch (DeliveryFailureException failure)
                {
                    // The network could not be asked: the row stays uncertain, so no attempt ever posts it blind.
                    logger.LogWarning("Cross-post {OutboxId} to {Channel}: the network could not be asked whether it exists ({Kind}): {Error}", message.Id, message.Channel, failure.Kind, failure.Message);
                    var held = await GuardQuotaAsync(channel, request, save: false, ct);
                    var skip = await ApplyToUncertainAsync(message, channel, failure, ct);
                    await SaveAsync(message, ct);
                    return skip || held ? channel.Name : null;
                }

                if (settled)
                {
                    await SaveAsync(message, ct);
                    return await GuardQuotaAsync(channel, request, save: true, ct) ? channel.Name : null;
                }

                if (withdrawn)
                {
                    message.MarkCancelled(Removal.RemoveCrossPostsOnWithdrawal.CancelledReason);
                    await SaveAsync(message, ct);
                    return null;
                }
            }

            var result = await client.PostAsync(request, ct);
            logger.LogInformation("Cross-post {OutboxId} to {Channel} sent as {RemoteId}", message.Id, message.Channel, result.RemoteId);
            message.MarkSent(result, clock.GetUtcNow());
            await SaveAsync(message, ct);
            return await GuardQuotaAsync(channel, request, save: true, ct) ? channel.Name : null;
        }
        catch (DeliveryFailureException failure)
        {
            logger.LogWarning("Cross-post {OutboxId} to {Channel} failed ({Kind}, attempt {Attempt}): {Error}", message.Id, message.Channel, failure.Kind, message.Attempts, failure.Message);
            var held = await GuardQuotaAsync(channel, request, save: false, ct);
            var skip = await ApplyAsync(message, channel, failure, ct);
            await SaveAsync(message, ct);
            return skip || held ? channel.Name : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Something unexpected after the request may have left: never assume it did not arrive.
            logger.LogError(ex, "Cross-post {OutboxId} to {Channel} ended unexpectedly", message.Id, message.Channel);
            message.LastError = ex.Message;
            message.MarkUncertain(clock.GetUtcNow() + Backoff(message), "Hasil pengiriman tidak diketahui; dicek ke jaringan sebelum mencoba lagi.");
            await SaveAsync(message, ct);
            return null;
        }
    }

    /// <summary>Whether the row's article was taken off the public site (withdrawn, or exempted after publication).</summary>
    private Task<bool> WithdrawnAsync(Guid materiId, CancellationToken ct) =>
        db.Set<Materi.MateriPublikasi>().AnyAsync(m => m.Id == materiId && (m.State == Workflow.WorkflowState.Ditarik || m.State == Workflow.WorkflowState.Dikecualikan), ct);

    /// <summary>True when the row is settled by reconciliation (found, or held for a person).</summary>
    private async Task<bool> ReconcileAsync(ISocialChannel client, DeliveryRequest request, CancellationToken ct)
    {
        var message = request.Message;
        var found = await client.FindAsync(request, ct);
        if (found.Found is { } result)
        {
            logger.LogInformation("Cross-post {OutboxId} to {Channel} found on the network as {RemoteId}", message.Id, message.Channel, result.RemoteId);
            message.MarkSent(result, clock.GetUtcNow());
            return true;
        }

        if (!found.CanTell)
        {
            message.MarkUncertain(Never, found.Note ?? "Jaringan tidak dapat ditanya apakah kiriman sudah ada: periksa saluran, lalu tandai terkirim atau kirim ulang.");
            return true;
        }

        if (message.DuplicateAnswered)
        {
            message.MarkFailed(message.LastError ?? "Jaringan menolak kiriman sebagai duplikat.");
            return true;
        }

        return false;
    }

    /// <summary>
    /// A failure while asking the network whether an uncertain row's post exists. Its effect on the channel is the
    /// usual one (a rate limit holds it, refused credentials pause it), but the row never becomes failed or plainly
    /// waiting: it stays uncertain (asked again when due) or, when the network refuses the question itself, is held
    /// for an administrator, because the post may exist and a new attempt could post it twice.
    /// </summary>
    private async Task<bool> ApplyToUncertainAsync(OutboxMessage message, ResolvedChannel channel, DeliveryFailureException failure, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        switch (failure.Kind)
        {
            case FailureKind.RateLimited or FailureKind.NeedsReauthorization or FailureKind.OutOfCredits:
                var skip = await ApplyAsync(message, channel, failure, ct);
                message.MarkUncertain(message.NextAttemptAt, message.WaitReason ?? "Dicek ke jaringan apakah kiriman sudah ada.");
                return skip;
            case FailureKind.Transient or FailureKind.Uncertain when message.Attempts < options.CurrentValue.MaxAttempts:
                message.LastError = failure.Message;
                message.MarkUncertain(now + Backoff(message), "Jaringan belum dapat ditanya apakah kiriman sudah ada; dicoba lagi otomatis.");
                return false;
            default:
                message.LastError = failure.Message;
                message.MarkUncertain(Never, $"Jaringan tidak dapat ditanya apakah kiriman sudah ada ({failure.Message}): periksa saluran, lalu tandai terkirim atau kirim ulang.");
                return false;
        }
    }

    private async Task<bool> ApplyAsync(OutboxMessage message, ResolvedChannel channel, DeliveryFailureException failure, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        switch (failure.Kind)
        {
            case FailureKind.RateLimited:
                // The quota guard may already hold the channel longer, with the spent cap named (a daily cap's 429).
                var state = await directory.StateAsync(channel, ct);
                var until = failure.RetryAt is { } at && at > now ? at : now + options.CurrentValue.FirstRetryDelay;
                var reason = QuotaRules.RateLimitedReason(channel.Type, until);
                if (state.RateLimitedUntil is { } held && held >= until && state.RateLimitReason is { } named)
                {
                    (until, reason) = (held, named);
                }

                message.MarkWaiting(until, reason, failure.Message);
                state.RateLimitedUntil = until;
                state.RateLimitReason = reason;
                return true;
            case FailureKind.NeedsReauthorization:
                message.MarkWaiting(now, "Saluran dijeda: kredensial perlu diperbarui.", failure.Message);
                await PauseAsync(
                    channel,
                    failure.Message,
                    now,
                    $"{channel.Type} menolak kredensial saluran \"{channel.Name}\": {failure.Message} Perbarui kredensial lalu lanjutkan saluran; kiriman yang menunggu akan dikirim setelahnya.",
                    ct);
                return true;
            case FailureKind.OutOfCredits:
                var credits = CreditsSpentReason(channel.Type);
                message.MarkWaiting(now, "Saluran dijeda: " + credits, failure.Message);
                await PauseAsync(
                    channel,
                    $"{credits}: isi ulang kredit akun pengembang {channel.Type}, lalu lanjutkan saluran. ({failure.Message})",
                    now,
                    $"Kredit {channel.Type} habis untuk saluran \"{channel.Name}\": {failure.Message} Isi ulang kredit lalu lanjutkan saluran; kiriman yang menunggu tetap menunggu dan dikirim setelahnya.",
                    ct);
                return true;
            case FailureKind.Permanent:
                message.MarkFailed(failure.Message);
                return false;
            case FailureKind.Duplicate:
                message.DuplicateAnswered = true;
                message.LastError = failure.Message;
                message.MarkUncertain(now, "Jaringan menjawab kiriman ini duplikat; dicek apakah sudah terkirim.");
                return false;
            case FailureKind.Uncertain:
                message.LastError = failure.Message;
                message.MarkUncertain(now + Backoff(message), "Jawaban jaringan tidak diterima; dicek apakah sudah terkirim sebelum mencoba lagi.");
                return false;
            default:
                if (message.Attempts >= options.CurrentValue.MaxAttempts)
                {
                    message.MarkFailed(failure.Message);
                }
                else
                {
                    message.MarkWaiting(now + Backoff(message), "Gangguan sementara; dicoba lagi otomatis.", failure.Message);
                }

                return false;
        }
    }

    /// <summary>Why a channel whose account has no credits left is held (on the channel page and on its waiting rows).</summary>
    public static string CreditsSpentReason(string type) => $"kredit {type} habis";

    /// <summary>Holds the channel with <paramref name="reason"/> and tells the administrators, once (<see cref="ChannelPauses"/>, shared with removals).</summary>
    private Task PauseAsync(ResolvedChannel channel, string reason, DateTimeOffset now, string body, CancellationToken ct) =>
        pauses.PauseAsync(channel, reason, now, body, ct);

    /// <summary>
    /// Acts on the limits the network reported during the send (<see cref="QuotaGuard"/>); true when the channel is now
    /// held. A failure here is logged and never changes what is recorded about the post.
    /// </summary>
    private async Task<bool> GuardQuotaAsync(ResolvedChannel channel, DeliveryRequest request, bool save, CancellationToken ct)
    {
        try
        {
            var held = await quota.ApplyAsync(channel, request.Readings, ct);
            if (save)
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return held;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Quota readings of {Channel} could not be applied", channel.Name);
            return false;
        }
    }

    private TimeSpan Backoff(OutboxMessage message) =>
        RetryPolicy.Delay(Math.Max(1, message.Attempts), Random.Shared.NextDouble(), options.CurrentValue.FirstRetryDelay);

    private async Task SaveAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Status is OutboxStatus.Sent or OutboxStatus.Failed)
        {
            await webhooks.EnqueueAsync(
                message.Status == OutboxStatus.Sent ? WebhookEvents.CrossPostTerkirim : WebhookEvents.CrossPostGagal,
                new { message.MateriId, kanal = message.Channel, jenis = message.ChannelType, message.RemoteId, message.RemoteUrl, galat = message.LastError, percobaan = message.Attempts },
                CancellationToken.None);
        }

        try
        {
            // Not cancelled by shutdown: an answer the network gave is written down before the process stops.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException) when (message.Status == OutboxStatus.Sent)
        {
            logger.LogWarning("Cross-post {OutboxId}: lease lost while sending; recording the confirmed post anyway", message.Id);
            await claims.ForceSentAsync(message.Id, new PostResult(message.RemoteId!, message.RemoteUrl), message.SentAt ?? clock.GetUtcNow(), CancellationToken.None);
            return;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Cross-post {OutboxId}: lease lost while sending; another instance reconciles it", message.Id);
            return;
        }

        webhooks.Committed();
    }
}
