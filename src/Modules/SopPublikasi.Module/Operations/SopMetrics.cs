using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Operations;

/// <summary>
/// The application's own metrics, on the Meter "SopPublikasi" (exported by OpenTelemetry when configured, readable
/// by any MeterListener otherwise): SOP transitions and time spent in each step, outbox depth and age, and the
/// results of deliveries per channel. One instance per app (a singleton).
/// </summary>
public sealed partial class SopMetrics : IDisposable
{
    public const string MeterName = Common.SopActivity.Name;

    private static readonly TimeSpan GaugeRefresh = TimeSpan.FromSeconds(5);

    private readonly Meter _meter;
    private readonly Counter<long> _transitions;
    private readonly Histogram<double> _timeInStep;
    private readonly Counter<long> _deliveries;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<SopMetrics> _logger;
    private readonly Lock _gaugeLock = new();
    private long? _gaugeReadAt;
    private OutboxReading[] _readings = [];

    public SopMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SopMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _meter = meters.Create(MeterName);
        _transitions = _meter.CreateCounter<long>("sop.transitions", "{transition}", "SOP moves taken, by the step they were taken at and the action");
        _timeInStep = _meter.CreateHistogram<double>("sop.step.duration", "s", "Time an item spent at a step before it moved on");
        _deliveries = _meter.CreateCounter<long>("sop.deliveries", "{delivery}", "Delivery attempts by channel (a social channel or webhook) and result");
        _meter.CreateObservableGauge("sop.outbox.depth", () => Read().Select(r => new Measurement<long>(r.Depth, new KeyValuePair<string, object?>("outbox", r.Outbox))), "{message}", "Rows waiting to be sent");
        _meter.CreateObservableGauge("sop.outbox.age", () => Read().Select(r => new Measurement<double>(r.OldestAgeSeconds, new KeyValuePair<string, object?>("outbox", r.Outbox))), "s", "Age of the oldest row waiting to be sent");
    }

    /// <summary>Records one SOP move: <paramref name="inStep"/> is how long the item sat at the step it left.</summary>
    public void Transition(HistoryEntry entry, TimeSpan? inStep)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var step = new KeyValuePair<string, object?>("sop.step", entry.SopStep);
        _transitions.Add(1, step, new("sop.action", entry.Action), new("sop.to", entry.To.ToString()));
        if (inStep is { } time && time >= TimeSpan.Zero)
        {
            _timeInStep.Record(time.TotalSeconds, step, new("sop.from", entry.From.ToString()));
        }
    }

    /// <summary>Records one delivery attempt. <paramref name="result"/>: "sent", "retry", "failed".</summary>
    public void Delivery(string channel, string result) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("channel", channel), new("result", result));

    public void Dispose() => _meter.Dispose();

    /// <summary>Outbox figures, read from the database at most every few seconds however often they are collected.</summary>
    private OutboxReading[] Read()
    {
        lock (_gaugeLock)
        {
            if (Environment.TickCount64 - _gaugeReadAt < GaugeRefresh.TotalMilliseconds)
            {
                return _readings;
            }

            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
                var now = _clock.GetUtcNow();
                _readings = [.. scope.ServiceProvider.GetServices<IPendingWork>().Select(w => Reading(w.Outbox, w.PendingSince(db), now))];
                _gaugeReadAt = Environment.TickCount64; // a failed read is tried again at the next collection
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                LogGaugeFailed(ex.GetType().Name);
            }

            return _readings;
        }
    }

    private static OutboxReading Reading(string outbox, IQueryable<DateTimeOffset> created, DateTimeOffset now)
    {
        var depth = created.LongCount();
        var oldest = depth == 0 ? now : created.OrderBy(c => c).First();
        return new(outbox, depth, Math.Max(0, (now - oldest).TotalSeconds));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the outbox figures for metrics ({Error})")]
    private partial void LogGaugeFailed(string error);

    private sealed record OutboxReading(string Outbox, long Depth, double OldestAgeSeconds);
}
