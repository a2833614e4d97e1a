using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.CrossPosting;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>
/// The database briefly away while the site serves and sends (<see cref="TestDatabase.MakeUnavailable"/>: on
/// PostgreSQL the network link to the server is cut by a forwarder, live connections reset and new ones refused; on
/// SQLite the folder holding the file disappears, as an unmounted volume). Meanwhile every request that needs the
/// database is refused cleanly with 503 (problem+json on the API, the Indonesian error page on HTML, never a stack
/// trace), /readyz says not ready, and an approval is either whole or not written at all. Afterwards the site is ready
/// again by itself and the outbox, whose dispatcher kept running, delivers every approved post exactly once.
/// </summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseAway_Clean503sAndNotReady_ThenRecovers_OutboxDeliversEachApprovalOnce()
    {
        await using var x = await Networks.StartAsync("X");
        using var database = TestDatabase.Create(cuttable: true);
        using var f = Networks.App(x, httpTimeout: TimeSpan.FromSeconds(4), database: database);
        f.Settings["CrossPosting:LeaseDuration"] = "00:00:06";
        await f.SeedUsersAsync();
        var verifier = await Api.ClientForAsync(f, "verifikator");
        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        var visitor = new Browser(f);
        var anonymous = Api.Anonymous(f);
        var before = await Publish.ToVerificationAsync(f, "Sebelum gangguan: kerja bakti");
        var racing = await Publish.ToVerificationAsync(f, "Saat terputus: posyandu");
        var during = await Publish.ToVerificationAsync(f, "Selama gangguan: lomba desa");
        Assert.Equal(HttpStatusCode.OK, (await ReadinessTests.ReadyAsync(anonymous)).Status);

        // Approved before the outage; its post reaches X, whose answer comes back only once the database is gone.
        x.AnswerDelay = TimeSpan.FromSeconds(1.5);
        await Publish.MoveAsync(verifier, before, Approve, f);
        Assert.True(await Eventually.WaitAsync(() => x.PostAttempts.Count, n => n >= 1, TimeSpan.FromSeconds(20)) >= 1, "the first post did not leave");

        // One approval on its way as the link goes.
        var inFlight = verifier.PostJsonAsync($"/api/v1/materi/{racing}/transisi", Approve);
        var dispatcher = f.Services.GetRequiredService<OutboxDispatcher>();
        var failedBefore = dispatcher.FailedRounds;
        f.Database.MakeUnavailable();
        f.Services.GetRequiredService<SiteSettings>().Invalidate(); // as if its 30 s snapshot had run out meanwhile
        HttpResponseMessage raced;
        try
        {
            var down = await ReadinessTests.ReadyAsync(anonymous);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
            Assert.Equal("Unhealthy", ReadinessTests.Check(down.Json, "database").GetProperty("status").GetString());
            Assert.Equal("Healthy", ReadinessTests.Check(down.Json, "dispatchers").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

            // The API: 503 problem+json, in Indonesian, nothing of the exception.
            await Assert503ProblemAsync(await anonymous.GetAsync(new Uri("/api/v1/berita?q=gangguan", UriKind.Relative)));
            await Assert503ProblemAsync(await verifier.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative)));
            await Assert503ProblemAsync(await verifier.PostJsonAsync($"/api/v1/materi/{during}/transisi", Approve));

            // HTML: the site's own error page with 503, for a visitor and in the admin.
            Assert503Page(await visitor.GetAsync("/cari?q=gangguan"));
            Assert503Page(await sekretaris.GetAsync("/admin"));

            raced = await inFlight;

            // The dispatcher keeps polling into the outage: whole rounds begun after the cut (so after the round that
            // waited for X's answer), each failing for the database and going on.
            await Rounds.WaitAsync<OutboxDispatcher>(f, 2);
            Assert.True(dispatcher.FailedRounds - failedBefore >= 2, $"{dispatcher.FailedRounds - failedBefore} failed rounds during the outage\n{f.Errors}");
        }
        finally
        {
            f.Database.Restore();
        }

        // Back by itself: ready, pages and API answer.
        var ready = await Eventually.WaitAsync(() => ReadinessTests.ReadyAsync(anonymous).Result.Status, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/cari?q=gangguan")).Status);
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.GetAsync("/admin")).Status);
        Assert.Equal(HttpStatusCode.OK, (await verifier.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);

        // The approval that raced the cut is whole or absent; the one refused during the outage left nothing behind.
        if (raced.IsSuccessStatusCode)
        {
            AssertApproved(f, racing);
        }
        else
        {
            await Assert503ProblemAsync(raced);
            if (!IsPublished(f, racing))
            {
                AssertNotApproved(f, racing);
                await Publish.MoveAsync(verifier, racing, Approve, f);
            }
        }

        AssertNotApproved(f, during);
        await Publish.MoveAsync(verifier, during, Approve, f);
        AssertApproved(f, racing);
        AssertApproved(f, during);

        // The dispatcher survived the outage: every approved post exactly once at X, each row with X's id.
        var rows = await Eventually.WaitAsync(() => Rows(f), r => r.Count == 3 && r.All(o => o.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(45));
        Assert.True(rows.Count == 3 && rows.All(o => o.Status == OutboxStatus.Sent), string.Join("\n", rows.Select(o => Networks.Describe(o, x, f))));
        Assert.Equal(3, x.Posts.Count);
        foreach (var row in rows)
        {
            Assert.Equal(Assert.Single(x.Posts, p => p.Text == row.Text).Id, row.RemoteId);
        }

        Assert.Equal(HttpStatusCode.OK, (await ReadinessTests.ReadyAsync(anonymous)).Status);
    }

    private static readonly object Approve = new { aksi = "setujui", klasifikasi = "berkala" };

    private static async Task Assert503ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{TestDatabase.OutageSimulated}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("tidak tersedia", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        AssertNoInternals(body);
    }

    private static void Assert503Page(Page page)
    {
        Assert.True(page.Status == HttpStatusCode.ServiceUnavailable, $"{TestDatabase.OutageSimulated}: {page.Url} answered {(int)page.Status}: {page.Text()}");
        Assert.Contains("tidak tersedia", page.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Contoh", page.Text(), StringComparison.Ordinal); // the site's layout, not a bare error
        AssertNoInternals(page.Html);
    }

    private static void AssertNoInternals(string body)
    {
        foreach (var leak in new[] { "Exception", "   at ", "Npgsql", "SQLite", "Data Source", "Host=", ".cs:line" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool IsPublished(SopAppFactory f, Guid id) =>
        f.WithDb(db => db.Materi.AsNoTracking().Single(m => m.Id == id).PublishedVersionId is not null);

    /// <summary>Published, with its history entry and its outbox row: all of the approval's one transaction.</summary>
    private static void AssertApproved(SopAppFactory f, Guid id) => f.WithDb(db =>
    {
        var materi = db.Materi.AsNoTracking().Single(m => m.Id == id);
        Assert.Equal(WorkflowState.Terbit, materi.State);
        Assert.NotNull(materi.PublishedVersionId);
        Assert.Single(db.History.AsNoTracking().Where(h => h.MateriId == id && h.Action == "setujui"));
        Assert.Single(db.Outbox.AsNoTracking().Where(o => o.MateriId == id && o.Channel == Networks.Channel));
        return true;
    });

    /// <summary>Still at verification, and nothing of an approval written.</summary>
    private static void AssertNotApproved(SopAppFactory f, Guid id) => f.WithDb(db =>
    {
        var materi = db.Materi.AsNoTracking().Single(m => m.Id == id);
        Assert.Equal(WorkflowState.Verifikasi, materi.State);
        Assert.Null(materi.PublishedVersionId);
        Assert.Empty(db.History.AsNoTracking().Where(h => h.MateriId == id && h.Action == "setujui"));
        Assert.Empty(db.Outbox.AsNoTracking().Where(o => o.MateriId == id));
        return true;
    });

    private static List<OutboxMessage> Rows(SopAppFactory f) =>
        f.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.Channel == Networks.Channel).ToList());
}
