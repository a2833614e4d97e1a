namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>How a sent post is removed: by the network's API while it may (<see cref="Networks.PostRemoval"/>), else by a person.</summary>
public static class RemovalPolicy
{
    /// <summary>Sets <paramref name="removal"/> to be deleted through the API now, or by hand with what to do.</summary>
    public static void Decide(OutboxRemoval removal, OutboxMessage sent, Networks.PostRemoval? policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(removal);
        ArgumentNullException.ThrowIfNull(sent);
        policy ??= Networks.PostRemoval.Manual($"Hapus unggahan ini langsung di {sent.ChannelType}.");
        var sentAt = sent.SentAt ?? now;
        if (sent.SentByName is null && sent.RemoteId is not null && policy.CanDeleteByApi(sentAt, now))
        {
            removal.Status = RemovalStatus.Pending;
            removal.NextAttemptAt = now;
            removal.WaitReason = null;
            return;
        }

        removal.Status = RemovalStatus.Manual;
        removal.NextAttemptAt = Delivery.DeliveryProcessor.Never;
        removal.WaitReason = null;
        removal.ManualHint = policy.ByApi && policy.Window is { } window
            ? $"Batas penghapusan lewat API ({Hours(window)} setelah terkirim) sudah lewat. Hapus unggahan ini langsung di {sent.ChannelType}."
            : policy.ManualHint ?? $"Hapus unggahan ini langsung di {sent.ChannelType}.";
        if (sent.RemoteUrl is { } url)
        {
            removal.ManualHint += $" Tautan: {url}";
        }

        if (removal.ManualHint.Length > 1000)
        {
            removal.ManualHint = removal.ManualHint[..1000];
        }
    }

    private static string Hours(TimeSpan window) =>
        window.TotalHours == Math.Floor(window.TotalHours) ? $"{window.TotalHours:0} jam" : $"{window.TotalMinutes:0} menit";
}
