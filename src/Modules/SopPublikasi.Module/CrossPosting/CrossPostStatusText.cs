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
            OutboxStatus.Sent when row.SentByName is not null => SentByHand(row),
            OutboxStatus.Sent => "Terkirim",
            OutboxStatus.Manual => OutboxActions.WaitingForPersonReason,
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
            OutboxStatus.Sent when row.SentByName is not null => null,
            OutboxStatus.Sent => row.SentAt is { } at ? "dikonfirmasi " + IndonesianTime.DateTime(at) : null,
            OutboxStatus.Manual => channel?.OptionalCredential(Networks.WhatsApp.WhatsAppNetwork.DestinationKey) is { } tujuan
                ? $"Salin teksnya, kirim lewat WhatsApp ke {tujuan}, lalu tandai sudah dikirim."
                : "Salin teksnya, kirim lewat WhatsApp, lalu tandai sudah dikirim.",
            OutboxStatus.Failed => row.LastError,
            OutboxStatus.Cancelled => null,
            _ when channel?.Paused == true => channel.PausedReason,
            _ => JoinReason(row),
        };
    }

    /// <summary>"Terkirim manual oleh &lt;nama&gt;, &lt;waktu WIB&gt;": a hand-off row an officer marked as sent.</summary>
    public static string SentByHand(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"Terkirim manual oleh {row.SentByName}" + (row.SentAt is { } at ? ", " + IndonesianTime.DateTime(at) : string.Empty);
    }

    /// <summary>A hand-off row still waiting for an officer to send its text by hand and mark it.</summary>
    public static bool AwaitsPerson(OutboxMessage row) => row?.Status == OutboxStatus.Manual;

    /// <summary>Rows an administrator may send again: failed, cancelled, waiting, or held as uncertain.</summary>
    public static bool CanRetry(OutboxMessage row) =>
        row.Status is OutboxStatus.Failed or OutboxStatus.Cancelled or OutboxStatus.Waiting or OutboxStatus.Uncertain;

    public static bool CanCancel(OutboxMessage row) =>
        row.Status is OutboxStatus.Pending or OutboxStatus.Waiting or OutboxStatus.Uncertain or OutboxStatus.Failed or OutboxStatus.Manual;

    private static string? JoinReason(OutboxMessage row) =>
        row.WaitReason is null ? row.LastError : row.LastError is null ? row.WaitReason : $"{row.WaitReason} ({row.LastError})";
}
