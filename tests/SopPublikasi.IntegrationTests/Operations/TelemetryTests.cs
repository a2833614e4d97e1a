using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Operations;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>The "SopPublikasi" meter counts what happens; logs carry no secret.</summary>
public class TelemetryTests
{
    [Fact]
    public async Task Publication_CountsEachTransitionWithItsStep_AndTimesTheSteps_AndReadsTheOutbox()
    {
        using var factory = new SopAppFactory();
        await factory.SeedUsersAsync();
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var transitions = new ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)>();
        var durations = new ConcurrentQueue<double>();
        var depths = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this app's meter: other tests' apps run in the same process.
            if (instrument.Meter.Name == SopMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            if (instrument.Name == "sop.transitions")
            {
                transitions.Enqueue((value, map));
            }
            else if (instrument.Name == "sop.outbox.depth")
            {
                depths[(string)map["outbox"]!] = value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "sop.step.duration")
            {
                durations.Enqueue(value);
            }
        });
        listener.Start();

        await Publish.ThroughApiAsync(factory, "Vaksinasi Hewan Ternak Gratis");
        listener.RecordObservableInstruments();

        // teruskan, terima, tugaskan, serahkan, ajukan-verifikasi, setujui and the automatic tayangkan.
        var seen = string.Join(", ", transitions.Select(t => $"{t.Tags["sop.action"]}@{t.Tags["sop.step"]}")) + $"; durations: {string.Join(", ", durations)}\n{factory.Errors}";
        Assert.True(transitions.Sum(t => t.Value) == 7, seen);
        var approval = Assert.Single(transitions, t => (string?)t.Tags["sop.action"] == "setujui");
        Assert.Equal(7, approval.Tags["sop.step"]);
        Assert.True(durations.Count == 7, seen);
        Assert.All(durations, d => Assert.True(d >= 0));
        // The gauges read the database when collected; a read that fails (logged as a warning) is tried again at the
        // next collection, so collect until both outboxes are reported.
        await Eventually.WaitAsync(
            () =>
            {
                listener.RecordObservableInstruments();
                return depths.Keys.ToList();
            },
            keys => keys.Contains("social") && keys.Contains("webhook"),
            TimeSpan.FromSeconds(10));
        Assert.True(depths.ContainsKey("social") && depths.ContainsKey("webhook"), "outbox gauges read: " + string.Join(", ", depths.Keys) + "\n" + factory.Errors);
    }

    [Fact]
    public void OtlpEndpoint_OnlyWhenConfigured_TracesAndMetricsAreCollected()
    {
        using var plain = new SopAppFactory();
        Assert.Null(plain.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(plain.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());

        using var exported = new SopAppFactory();
        exported.HostSettings["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4317";
        Assert.NotNull(exported.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.NotNull(exported.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.True(SopPublikasi.Module.Common.SopActivity.Source.HasListeners());
    }

    [Fact]
    public async Task LoginAndBearerApiCall_NoPasswordTokenCookieOrConnectionSecretInAnyLog()
    {
        var logs = new LogCapture();
        using var factory = new SopAppFactory { Logs = logs };
        await factory.SeedUsersAsync();
        var jar = new CookieContainer();
        var browser = new Browser(factory) { Http = factory.CreateDefaultClient(new Uri("https://localhost"), new RedirectHandler(), new CookieContainerHandler(jar)) };
        var signedIn = await browser.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "sekretaris", ["Input.KataSandi"] = TestUsers.Password });
        Assert.NotNull(signedIn.Document.QuerySelector("form[action='/admin/keluar']"));
        var wrong = await new Browser(factory).SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "sekretaris", ["Input.KataSandi"] = "SalahSekali#2026" });
        Assert.Null(wrong.Document.QuerySelector("form[action='/admin/keluar']"));
        var token = await Api.TokenForAsync(factory, "sekretaris");
        var api = Api.Anonymous(factory);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        var bad = Api.Anonymous(factory);
        bad.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);

        var text = logs.ToString();
        Assert.True(logs.Lines.Count > 20, "the capture saw too little to judge: " + text);
        var secrets = new List<string> { TestUsers.Password, "SalahSekali#2026", token, token[..^4] + "AAAA", token[4..20] };
        secrets.AddRange(jar.GetAllCookies().Select(c => c.Value).Where(v => v.Length >= 16));
        if (TestDatabase.IsPostgreSql)
        {
            secrets.Add(new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString).Password!);
        }

        Assert.True(jar.GetAllCookies().Count > 0, "no cookie to look for");
        foreach (var secret in secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret ({secret[..4]}…) reached the logs");
        }

        Assert.DoesNotContain("Bearer sop_", text, StringComparison.Ordinal);
    }
}
