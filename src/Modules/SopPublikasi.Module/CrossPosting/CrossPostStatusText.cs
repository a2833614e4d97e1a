using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// How a cross-post's state is told to people, on the status page and on the article's timeline alike. Only a row the
/// network confirmed (or an administrator confirmed after checking) is called "Terkirim".
/// </summary>
public static class CrossPostStatusText
{
    public static string Label(OutboxMessage row, ResolvedChannel? channel)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status switch
        {
            OutboxStatus.Sent => "Terkirim",
            OutboxStatus.Failed => "Gagal",
            OutboxStatus.Cancelled => "Dibatalkan",
            OutboxStatus.Sending => "Sedang dikirim",
            _ when channel?.Paused == true => "Saluran dijeda",
            OutboxStatus.Uncertain when row.NextAttemptAt >= DeliveryProcessor.Never => "Belum pasti",
            OutboxStatus.Uncertain => "Dicek ke jaringan",
            OutboxStatus.Waiting => "Menunggu sampai " + IndonesianTime.DateTime(row.NextAttemptAt),
            _ => "Menunggu",
        };
    }

    /// <summary>The why: the network's message for a failure, the wait's reason, or when the post was confirmed.</summary>
    public static string? Detail(OutboxMessage row, ResolvedChannel? channel)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status switch
        {
            OutboxStatus.Sent => row.SentAt is { } at ? "dikonfirmasi " + IndonesianTime.DateTime(at) : null,
            OutboxStatus.Failed => row.LastError,
            OutboxStatus.Cancelled => null,
            _ when channel?.Paused == true => channel.PausedReason,
            _ => JoinReason(row),
        };
    }

    /// <summary>Rows an administrator may send again: failed, cancelled, waiting, or held as uncertain.</summary>
    public static bool CanRetry(OutboxMessage row) =>
        row.Status is OutboxStatus.Failed or OutboxStatus.Cancelled or OutboxStatus.Waiting or OutboxStatus.Uncertain;

    public static bool CanCancel(OutboxMessage row) =>
        row.Status is OutboxStatus.Pending or OutboxStatus.Waiting or OutboxStatus.Uncertain or OutboxStatus.Failed;

    private static string? JoinReason(OutboxMessage row) =>
        row.WaitReason is null ? row.LastError : row.LastError is null ? row.WaitReason : $"{row.WaitReason} ({row.LastError})";
}
