using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SopPublikasi.Module.Notifications;

/// <summary>A row of an e-mail outbox: each try counted, then delivered or failed (retried with backoff, or given up).</summary>
public interface IQueuedEmail
{
    void CountAttempt();

    void MarkDelivered(DateTimeOffset now);

    void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay, double jitter);
}

/// <summary>
/// Sends one batch of an e-mail outbox over one SMTP connection with the "Email" settings: the staff's notices
/// (<see cref="EmailSender"/>) and the PPID desk's mail to requesters use it. A server that cannot be reached marks
/// every row of the batch failed for now (each waits for its retry time instead of hammering the server); a message
/// the server refuses marks its own row. Each row is saved after its try.
/// </summary>
public static class SmtpBatch
{
    /// <param name="compose">The message of a row.</param>
    /// <param name="save">Saves the rows' state (after the server was found down, and after each row's try).</param>
    /// <param name="serverDown">Logs that the server could not be reached.</param>
    /// <param name="sendFailed">Logs a row's refusal and returns the error text the row keeps.</param>
    /// <returns>How many rows were tried: 0 when the server could not be reached.</returns>
    public static async Task<int> SendAsync<T>(
        IReadOnlyList<T> due,
        EmailOptions options,
        TimeProvider clock,
        Func<T, MimeMessage> compose,
        Func<CancellationToken, Task> save,
        Action<Exception> serverDown,
        Func<T, Exception, string> sendFailed,
        CancellationToken ct)
        where T : IQueuedEmail
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(compose);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(serverDown);
        ArgumentNullException.ThrowIfNull(sendFailed);
        using var smtp = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await ConnectAsync(smtp, options, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            serverDown(ex);
            foreach (var row in due)
            {
                row.CountAttempt();
                row.MarkAttemptFailed($"Server SMTP tidak dapat dihubungi: {ex.Message}", clock.GetUtcNow(), options.MaxAttempts, options.RetryDelay, Random.Shared.NextDouble());
            }

            await save(ct);
            return 0;
        }

        foreach (var row in due)
        {
            row.CountAttempt();
            try
            {
                await smtp.SendAsync(compose(row), ct);
                row.MarkDelivered(clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                row.MarkAttemptFailed(sendFailed(row, ex), clock.GetUtcNow(), options.MaxAttempts, options.RetryDelay, Random.Shared.NextDouble());
            }

            await save(ct);
        }

        await smtp.DisconnectAsync(quit: true, ct);
        return due.Count;
    }

    /// <summary>Connects (and signs in) with the "Email" settings.</summary>
    private static async Task ConnectAsync(SmtpClient smtp, EmailOptions o, CancellationToken ct)
    {
        var security = !o.UseTls ? SecureSocketOptions.None : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await smtp.ConnectAsync(o.Host!, o.Port, security, ct);
        if (!string.IsNullOrEmpty(o.User))
        {
            await smtp.AuthenticateAsync(o.User, o.Password ?? string.Empty, ct);
        }
    }
}
