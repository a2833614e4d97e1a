using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Removal;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>
/// Withdrawal with two real instances (the built site as two child processes) on one database, PostgreSQL when the run
/// is on PostgreSQL: articles published with two log channels are withdrawn through the API, half on each instance,
/// and every post is deleted exactly once between the two (each removal claimed with a lease).
/// </summary>
public sealed partial class TwoInstancesWithdrawalTests : IDisposable
{
    private const int Items = 30;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sop-two-tarik", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TwoInstancesWithdrawing_EveryPostDeletedOnce()
    {
        using var database = TestDatabase.Create();
        var titles = Enumerable.Range(1, Items).Select(i => $"Kegiatan yang ditarik nomor {i}").ToList();
        IReadOnlyList<Guid> ids;
        string[] tokens;

        // The articles are published (and cross-posted to "log" and "log-kedua") by an app on the same database, which
        // then stops; the withdrawals go through the two instances.
        using (var seeding = new SopAppFactory { Database = database, OwnsDatabase = false })
        {
            seeding.Settings["Api:PermitLimit"] = "100000";
            seeding.Settings["CrossPosting:PollInterval"] = "00:00:00.200";
            await seeding.SeedUsersAsync();
            ids = await Publish.ManyToVerificationAsync(seeding, titles);
            var verifier = await Api.ClientForAsync(seeding, "verifikator");
            foreach (var id in ids)
            {
                var approved = await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });
                Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
            }

            await Eventually.WaitAsync(() => seeding.WithDb(db => db.Outbox.Count(o => o.Status == OutboxStatus.Sent)), n => n == Items * 2, TimeSpan.FromSeconds(60));
            tokens = [await Api.TokenForAsync(seeding, "ppid"), await Api.TokenForAsync(seeding, "verifikator")];
        }

        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["CrossPosting:Channels:log:Type"] = "Log",
            ["CrossPosting:Channels:log-kedua:Type"] = "Log",
            ["CrossPosting:PollInterval"] = "00:00:01",
            ["Api:PermitLimit"] = "100000",
        };
        var started = await Task.WhenAll(
            SiteProcess.StartAsync("a", Path.Combine(_root, "a"), settings),
            SiteProcess.StartAsync("b", Path.Combine(_root, "b"), settings));
        await using var a = started[0];
        await using var b = started[1];

        using var onA = Client(a, tokens[0]);
        using var onB = Client(b, tokens[1]);
        await Parallel.ForAsync(0, Items, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, ct) =>
        {
            var response = await (i % 2 == 0 ? onA : onB).PostJsonAsync($"/api/v1/materi/{ids[i]}/transisi", new { aksi = "tarik", catatan = "Ditarik dalam uji dua instans" });
            Assert.True(response.IsSuccessStatusCode, $"{titles[i]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        });

        var removals = await Eventually.WaitAsync(() => Removals(database), r => r.Count == Items * 2 && r.All(x => x.Status == RemovalStatus.Removed), TimeSpan.FromSeconds(90));
        Assert.True(removals.Count == Items * 2 && removals.All(x => x.Status == RemovalStatus.Removed), $"{removals.Count(x => x.Status == RemovalStatus.Removed)} of {removals.Count} removed; {string.Join(", ", removals.Select(x => x.Status).Distinct())}");
        Assert.All(removals, r => Assert.Equal(1, r.Attempts));

        // Each instance logs the posts it deleted: between them every post once. The console logger writes on its own
        // queue and the line crosses a pipe, so it may arrive after the row says removed: wait for the lines as well.
        await Eventually.WaitAsync(() => Removed(a).Count + Removed(b).Count, n => n >= Items * 2, TimeSpan.FromSeconds(30));
        await Eventually.WaitAsync(() => a.Output.Concat(b.Output).Count(l => WithdrawnLine().IsMatch(l)), n => n >= Items * 2, TimeSpan.FromSeconds(30));
        var byA = Removed(a);
        var byB = Removed(b);
        Assert.Empty(byA.Intersect(byB));
        Assert.Equal(removals.Select(r => r.OutboxId).Order(), byA.Concat(byB).Order());
        Assert.Equal(Items * 2, a.Output.Concat(b.Output).Count(l => WithdrawnLine().IsMatch(l)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
        catch (IOException)
        {
            // Cleaned by the OS.
        }
    }

    private static HttpClient Client(SiteProcess site, string token)
    {
        var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static List<OutboxRemoval> Removals(TestDatabase database)
    {
        using var db = database.OpenContext();
        return [.. db.OutboxRemovals.AsNoTracking()];
    }

    private static List<Guid> Removed(SiteProcess site) =>
        [.. site.Output.Select(line => RemovedLine().Match(line)).Where(m => m.Success).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"Cross-post ([0-9a-f-]{36}) \(log-[0-9a-f]{32}\) removed from log")]
    private static partial Regex RemovedLine();

    [GeneratedRegex(@"Cross-post log-[0-9a-f]{32} on log channel log(-kedua)? for materi [0-9a-f-]{36} withdrawn")]
    private static partial Regex WithdrawnLine();
}
