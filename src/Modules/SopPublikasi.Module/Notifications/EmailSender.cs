using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// Sends pending notification e-mails through SMTP (MailKit), one connection per batch. A failure is written on
/// each row it hit (retried with backoff); nothing here runs inside a user's request.
/// </summary>
public sealed partial class EmailSender(
    IServiceScopeFactory scopes,
    NotificationSignal signal,
    IOptionsMonitor<EmailOptions> options,
    IOptions<SiteOptions> site,
    SiteSettings settings,
    TimeProvider clock,
    ILogger<EmailSender> logger) : SignalledPoller(signal, logger)
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
        var due = await db.Notifications
            .Where(n => n.EmailStatus == EmailStatus.Pending && n.EmailNextAttemptAt <= now)
            .OrderBy(n => n.EmailNextAttemptAt)
            .Take(20)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var siteName = (await settings.GetAsync(ct)).Name; // as the administrator named the site
        return await SmtpBatch.SendAsync(
            due,
            current,
            clock,
            n => Compose(n, current, siteName),
            db.SaveChangesAsync,
            ex => LogServerDown(logger, ex, current.Host!, current.Port),
            (n, ex) =>
            {
                LogSendFailed(logger, ex, n.Id);
                return ex.Message;
            },
            ct);
    }

    /// <summary>A plain-text message in Bahasa Indonesia with an absolute link to the admin page.</summary>
    public MimeMessage Compose(UserNotification n, EmailOptions o, string siteName)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(o);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, MailboxAddress.Parse(o.From!).Address));
        message.To.Add(MailboxAddress.Parse(n.EmailTo!));
        message.Subject = n.Title;
        message.Date = n.CreatedAt;
        var text = n.Body;
        if (n.Link is not null)
        {
            text += "\n\nBuka: " + site.Value.AbsoluteUrl(n.Link);
        }

        text += $"\n\n--\nPesan otomatis dari {siteName}. Waktu: {IndonesianTime.DateTime(n.CreatedAt)}.\n";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} could not be reached; notification e-mails wait for the next try")]
    private static partial void LogServerDown(ILogger logger, Exception ex, string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification e-mail {NotificationId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, long notificationId);
}
