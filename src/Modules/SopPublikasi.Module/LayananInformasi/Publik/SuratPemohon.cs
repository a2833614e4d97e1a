using SopPublikasi.Module.Common;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.LayananInformasi.Publik;

public enum StatusSurat
{
    /// <summary>The received-mail waits (briefly) for the page that showed the tracking code to hand it over.</summary>
    MenungguKode = 0,

    /// <summary>Waiting for the sender (first try or a retry after a failure).</summary>
    Menunggu = 1,

    Terkirim = 2,

    /// <summary>Given up after Email:MaxAttempts tries; <see cref="SuratPemohon.GalatTerakhir"/> says why.</summary>
    Gagal = 3,
}

/// <summary>
/// One e-mail to a requester (who has no account): an outbox row staged in the same save as the desk's move and sent
/// by <see cref="SuratPemohonSender"/>. The address and the tracking code are kept only until the mail is sent or given
/// up; the row then stays as a record of what was sent when.
/// </summary>
public sealed class SuratPemohon : IQueuedEmail
{
    public long Id { get; set; }

    public Guid PermohonanId { get; set; }

    /// <summary>diterima, diperpanjang, dijawab, keberatan-diterima, keberatan-dijawab.</summary>
    public string Jenis { get; set; } = string.Empty;

    /// <summary>One mail per event: "{id}:{jenis}" (a request's or an objection's id).</summary>
    public string KunciSekali { get; set; } = string.Empty;

    /// <summary>The address; null once the mail is sent or given up.</summary>
    public string? Kepada { get; set; }

    public string Judul { get; set; } = string.Empty;

    public string Isi { get; set; } = string.Empty;

    /// <summary>The tracking code, for the first mail only; null once sent or given up.</summary>
    public string? KodeLacak { get; set; }

    public StatusSurat Status { get; set; }

    public int Percobaan { get; set; }

    public DateTimeOffset? BerikutnyaPada { get; set; }

    public DateTimeOffset DibuatPada { get; set; }

    public DateTimeOffset? TerkirimPada { get; set; }

    public string? GalatTerakhir { get; set; }

    public void CountAttempt() => Percobaan++;

    public void MarkDelivered(DateTimeOffset now)
    {
        Status = StatusSurat.Terkirim;
        TerkirimPada = now;
        BerikutnyaPada = null;
        Forget();
    }

    /// <summary>A failed try: retried later with backoff, or given up after <paramref name="maxAttempts"/>.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay, double jitter)
    {
        GalatTerakhir = error.Length > 1000 ? error[..1000] : error;
        if (Percobaan >= maxAttempts)
        {
            Status = StatusSurat.Gagal;
            BerikutnyaPada = null;
            Forget();
            return;
        }

        // A received-mail that waited for its code keeps it across retries.
        Status = StatusSurat.Menunggu;
        BerikutnyaPada = now + RetryPolicy.Delay(Percobaan, jitter, firstDelay);
    }

    private void Forget()
    {
        Kepada = null;
        KodeLacak = null;
    }
}
