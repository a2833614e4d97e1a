using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.Tests.Notifications;

/// <summary>
/// One batch over one SMTP connection, against a tiny SMTP server on the loopback that accepts one recipient and
/// refuses another with 550 (as a real server refuses an unknown mailbox): the refused row alone is marked failed,
/// with the text the sender chose (the requester's mail keeps no address), and every row is saved after its try.
/// </summary>
public sealed class SmtpBatchTests
{
    [Fact]
    public async Task OneRecipientRefused_OnlyItsRowFails_WithTheSendersText_EachRowSaved()
    {
        using var server = new RefusingSmtpServer("tolak@example.id");
        var options = new EmailOptions { Host = "127.0.0.1", Port = server.Port, UseTls = false, From = "admin@kecamatan-contoh.go.id", MaxAttempts = 3, Timeout = TimeSpan.FromSeconds(5) };
        var clock = TimeProvider.System;
        Row[] rows = [new("siti@example.id"), new("tolak@example.id"), new("budi@example.id")];
        var saves = 0;
        var refusals = new List<string>();

        var tried = await SmtpBatch.SendAsync(
            rows, options, clock, r => Message(r.To), _ => { saves++; return Task.CompletedTask; },
            ex => throw new InvalidOperationException("the server is up", ex),
            (r, ex) =>
            {
                refusals.Add(ex.Message);
                return ex.Message.Replace(r.To, "(alamat pemohon)", StringComparison.OrdinalIgnoreCase);
            },
            default);

        Assert.Equal(3, tried);
        Assert.Equal(3, saves);
        Assert.Equal([1, 1, 1], rows.Select(r => r.Attempts));
        Assert.Equal([true, false, true], rows.Select(r => r.Delivered));
        Assert.Contains("tolak@example.id", Assert.Single(refusals), StringComparison.Ordinal);
        Assert.DoesNotContain("tolak@example.id", rows[1].Error, StringComparison.Ordinal);
        Assert.Contains("(alamat pemohon)", rows[1].Error, StringComparison.Ordinal);
        Assert.Equal(["siti@example.id", "budi@example.id"], server.Accepted);
    }

    [Fact]
    public async Task ServerNotListening_EveryRowWaitsForItsRetry_NothingSent()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new EmailOptions { Host = "127.0.0.1", Port = port, UseTls = false, From = "admin@kecamatan-contoh.go.id", MaxAttempts = 3, Timeout = TimeSpan.FromSeconds(5) };
        Row[] rows = [new("siti@example.id"), new("budi@example.id")];
        Exception? down = null;

        var tried = await SmtpBatch.SendAsync(
            rows, options, TimeProvider.System, r => Message(r.To), _ => Task.CompletedTask, ex => down = ex, (_, ex) => ex.Message, default);

        Assert.Equal(0, tried);
        Assert.NotNull(down);
        Assert.All(rows, r => Assert.StartsWith("Server SMTP tidak dapat dihubungi", r.Error, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.False(r.Delivered));
    }

    private static MimeMessage Message(string to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("admin@kecamatan-contoh.go.id"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Uji";
        message.Body = new TextPart("plain") { Text = "Isi uji." };
        return message;
    }

    private sealed class Row(string to) : IQueuedEmail
    {
        public string To { get; } = to;

        public int Attempts { get; private set; }

        public bool Delivered { get; private set; }

        public string Error { get; private set; } = string.Empty;

        public void CountAttempt() => Attempts++;

        public void MarkDelivered(DateTimeOffset now) => Delivered = true;

        public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay, double jitter) => Error = error;
    }

    /// <summary>Just enough SMTP for one client session: refuses RCPT for one address with 550, takes the others' DATA.</summary>
    private sealed class RefusingSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _session;

        public RefusingSmtpServer(string refused)
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _session = Task.Run(() => ServeAsync(refused));
        }

        public int Port { get; }

        public List<string> Accepted { get; } = [];

        private async Task ServeAsync(string refused)
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 uji ESMTP");
            string? recipient = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 uji");
                        break;
                    case "MAIL":
                        await writer.WriteLineAsync("250 2.1.0 Ok");
                        break;
                    case "RCPT":
                        recipient = line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
                        await writer.WriteLineAsync(recipient == refused ? $"550 5.1.1 <{recipient}>: Recipient address rejected" : "250 2.1.5 Ok");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                        }

                        Accepted.Add(recipient!);
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        break;
                    case "RSET":
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Error: command not recognized");
                        break;
                }
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _session.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
