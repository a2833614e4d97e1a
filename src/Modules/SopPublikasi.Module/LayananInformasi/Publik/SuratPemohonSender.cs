using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// Sends the requester's pending e-mails through the SMTP server of the notifications ("Email" settings, the same
/// connection code), one connection per batch; a failure is written on the row (retried with backoff, given up after
/// Email:MaxAttempts). Logs name the row, never the address.
/// </summary>
public sealed partial class SuratPemohonSender(
    IServiceScopeFactory scopes,
    SuratPemohonSignal signal,
    IOptionsMonitor<EmailOptions> options,
    IOptions<SiteOptions> site,
    SiteSettings settings,
    TimeProvider clock,
    ILogger<SuratPemohonSender> logger) : SignalledPoller(signal, logger)
{
    protected override TimeSpan PollInterval => options.CurrentValue.PollInterval;

    public override async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var current = options.CurrentValue;
        if (!current.Enabled)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.SuratPemohon
            .Where(s => (s.Status == StatusSurat.Menunggu || s.Status == StatusSurat.MenungguKode) && s.BerikutnyaPada <= now)
            .OrderBy(s => s.BerikutnyaPada)
            .Take(20)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(s => s.PermohonanId).Distinct().ToList();
        var nomor = await db.Permohonan.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NomorRegister, ct);
        var siteName = (await settings.GetAsync(ct)).Name;
        return await SmtpBatch.SendAsync(
            due,
            current,
            clock,
            s => Compose(s, nomor.GetValueOrDefault(s.PermohonanId, string.Empty), current, siteName),
            db.SaveChangesAsync,
            ex => LogServerDown(logger, ex, current.Host!, current.Port),
            (s, ex) =>
            {
                // The server's answer may quote the recipient: neither the log nor the row keeps the address.
                LogSendFailed(logger, s.Id, ex.GetType().Name);
                return Scrub(ex.Message, s.Kepada);
            },
            ct);
    }

    /// <summary>A plain-text message: the staged text, then how to track (the code and the private link in the first mail only).</summary>
    public MimeMessage Compose(SuratPemohon s, string nomorRegister, EmailOptions o, string siteName)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(o);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, MailboxAddress.Parse(o.From!).Address));
        message.To.Add(MailboxAddress.Parse(s.Kepada!));
        message.Subject = s.Judul;
        message.Date = s.DibuatPada;
        var text = s.Isi + "\n\n" + SuratPemohonTeks.Lacak(nomorRegister, s.KodeLacak, site.Value.AbsoluteUrl)
            + $"\n\n--\nPPID {siteName}. Pesan otomatis; Anda menerimanya karena mencantumkan alamat e-mail ini pada permohonan informasi {nomorRegister}.\n";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} could not be reached; requester e-mails wait for the next try")]
    private static partial void LogServerDown(ILogger logger, Exception ex, string host, int port);

    private static string Scrub(string error, string? address) =>
        string.IsNullOrEmpty(address) ? error : error.Replace(address, "(alamat pemohon)", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Requester e-mail {SuratId} failed ({Error})")]
    private static partial void LogSendFailed(ILogger logger, long suratId, string error);
}
