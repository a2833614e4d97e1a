using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's python3-aiosmtpd with its Mailbox handler, which writes every
/// message it accepts to a Maildir that the tests read back. The port is chosen first so that the app can be
/// pointed at a server that is not running yet (SMTP down), and started later.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private Process? _process;

    public SmtpTestServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Directory.CreateDirectory(Path.GetDirectoryName(MailDir)!); // the Mailbox handler makes only the last folder
    }

    public int Port { get; }

    public string MailDir { get; } = Path.Combine(Path.GetTempPath(), "sop-smtp", Guid.NewGuid().ToString("N"));

    /// <summary>The app's settings for this server (plain SMTP on the loopback).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Email:Host", "127.0.0.1"),
        new("Email:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Email:UseTls", "false"),
        new("Email:From", "admin@kecamatan-contoh.go.id"),
        new("Email:FromName", "Admin Kecamatan Contoh"),
        new("Email:PollInterval", "00:00:01"),
        new("Email:RetryDelay", "00:00:01"),
        new("Email:Timeout", "00:00:05"),
    ];

    public async Task StartAsync()
    {
        // Debian's python3 (not a pyenv shim) is the one the apt package installs aiosmtpd into.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited ({_process.ExitCode}): {await _process.StandardError.ReadToEndAsync()} — install Debian's python3-aiosmtpd (apt-get install -y python3-aiosmtpd); .ci/run does.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on 127.0.0.1:{Port} within 15 s.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every message the server has accepted, parsed with MimeKit.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = new[] { "new", "cur" }
            .Select(d => Path.Combine(MailDir, d))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .ToList();
        return [.. files.Select(f => MimeMessage.Load(f))];
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(MailDir))
        {
            Directory.Delete(MailDir, recursive: true);
        }
    }
}
