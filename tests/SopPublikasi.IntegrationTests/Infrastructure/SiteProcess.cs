using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// The built site (SopPublikasi.Cms.dll from the test output, nothing compiled) as a real child process in Production,
/// on a random port of 127.0.0.1, configured only through environment variables. It can be killed with SIGKILL (no
/// shutdown code runs) and started again on the same database; its console output is kept for the assertions. Log lines
/// are single lines with a UTC timestamp, and the outbox dispatcher's rounds are logged (Trace), so that a test can wait
/// for its rounds (<see cref="WaitForRoundsAsync"/>).
/// </summary>
public sealed partial class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<(string Poller, long Round, DateTimeOffset EndedAt)> _rounds = new();

    private SiteProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The address the site listens on, once <see cref="StartAsync"/> returned.</summary>
    public Uri Url { get; private set; } = null!;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the process wrote to standard output and standard error so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>
    /// Starts the site with <paramref name="settings"/> (configuration keys, "Section:Key") on top of a Production
    /// base (no log channel, fast outbox polling), and returns once it listens: by then its migrations are applied.
    /// </summary>
    public static async Task<SiteProcess> StartAsync(string name, string root, IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SopPublikasi.Cms.dll"));
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        env["DOTNET_NOLOGO"] = "1";
        var config = new Dictionary<string, string?>
        {
            ["Media:Path"] = Path.Combine(root, "media"),
            ["Site:PublicBaseUrl"] = "https://kecamatan-contoh.karanganyarkab.go.id",
            ["CrossPosting:Channels:log:Enabled"] = "false",
            ["CrossPosting:PollInterval"] = "00:00:00.200",
            ["Accounts:LoginPermitLimit"] = "100000",
            ["Api:PermitLimit"] = "100000",
            ["Security:AllowPrivateNetworkTargets"] = "true", // the fakes of the networks and webhook receivers listen on 127.0.0.1

            // One line per entry, stamped when it was logged (not when it was read here), and the dispatcher's rounds.
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = TimestampFormat + " ",
            ["Logging:LogLevel:SopPublikasi.Module.CrossPosting.OutboxDispatcher"] = "Trace",
        };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        foreach (var (key, value) in config)
        {
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var site = new SiteProcess(Process.Start(start)!, name);
        site._process.OutputDataReceived += (_, e) => site.Read(e.Data);
        site._process.ErrorDataReceived += (_, e) => site.Read(e.Data);
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();

        var waited = await Task.WhenAny(site._listening.Task, site._process.WaitForExitAsync(), Task.Delay(timeout ?? TimeSpan.FromSeconds(60)));
        if (waited != site._listening.Task)
        {
            var output = string.Join("\n", site.Output.TakeLast(40));
            await site.DisposeAsync();
            throw new Xunit.Sdk.XunitException($"The site process {name} did not start listening:\n{output}");
        }

        site.Url = await site._listening.Task;
        return site;
    }

    /// <summary>
    /// Returns once the poller named <paramref name="poller"/> (its class name, "OutboxDispatcher") has ended
    /// <paramref name="rounds"/> rounds that started after this call, read from the round lines it logs; fails the test
    /// when they do not end within <paramref name="timeout"/>. A round counts only when the round before it ended
    /// after the call (by the line's own timestamp), so a round under way at the call is never counted.
    /// </summary>
    public async Task WaitForRoundsAsync(string poller, int rounds, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var from = DateTimeOffset.UtcNow;
        var until = from + timeout;
        while (true)
        {
            var ended = _rounds.Where(r => r.Poller == poller).ToList();
            if (ended.FirstOrDefault(r => r.EndedAt > from) is { Poller: not null } first && ended.Count(r => r.Round > first.Round) >= rounds)
            {
                return;
            }

            if (_process.HasExited || DateTimeOffset.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException(
                    $"{poller} of the site process {Name} did not end {rounds} rounds within {timeout} (last round logged: {ended.LastOrDefault().Round}{(_process.HasExited ? "; the process has exited" : "")}):\n{string.Join("\n", Output.TakeLast(30))}");
            }

            await Task.Delay(50); // polling the lines read so far
        }
    }

    /// <summary>An HTTP client for this process (no cookies, no redirects: an API client).</summary>
    public HttpClient Client() => new() { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A browser for this process: cookies kept, redirects followed.</summary>
    public Browser Browser() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true }) { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) });

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
        else if (RoundEnded().Match(line) is { Success: true } round)
        {
            var endedAt = DateTimeOffset.ParseExact(round.Groups[1].Value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            _rounds.Enqueue((round.Groups[2].Value, long.Parse(round.Groups[3].Value, CultureInfo.InvariantCulture), endedAt));
        }
    }

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    // SignalledPoller's Trace line: "2026-11-23T02:05:00.123Z trce: SopPublikasi.Module.CrossPosting.OutboxDispatcher[1] OutboxDispatcher round 7 ended (failed: False)"
    [GeneratedRegex(@"^(\S+Z) trce: \S+\[1\] (\w+) round (\d+) ended")]
    private static partial Regex RoundEnded();
}
