using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.CrossPosting;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>
/// Two real instances (the built site as two child processes) on one database, the same PostgreSQL database when the
/// run is on PostgreSQL and the same SQLite file otherwise, both dispatching the outbox to one network. 200 items are
/// approved through the API, half on each instance: each approval becomes exactly one post, and both instances send.
/// </summary>
public sealed partial class TwoInstancesDispatchTests : IDisposable
{
    private const int Items = 200;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sop-two", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TwoInstances200Approvals_200PostsNoDuplicate_BothInstancesSent()
    {
        using var database = TestDatabase.Create();
        var titles = Enumerable.Range(1, Items).Select(i => $"Kegiatan kelurahan nomor {i}").ToList();
        IReadOnlyList<Guid> ids;
        string[] tokens;

        // The items reach the verifier's desk through the API of an app on the same database, which then stops; the
        // approvals themselves go through the two instances.
        using (var seeding = new SopAppFactory { Database = database, OwnsDatabase = false })
        {
            seeding.Settings["Api:PermitLimit"] = "100000";
            await seeding.SeedUsersAsync();
            ids = await Publish.ManyToVerificationAsync(seeding, titles);
            tokens = [await Api.TokenForAsync(seeding, "verifikator"), await Api.TokenForAsync(seeding, "verifikator")];
        }

        // A small answer delay: while one instance waits for X, the other claims the next rows.
        await using var x = (FakeX)await Networks.StartAsync("X");
        x.AnswerDelay = TimeSpan.FromMilliseconds(40);
        x.DailyLimit = 10_000; // a paid tier: the free tier's 17 posts a day would hold most rows (DailyCapTests)
        var settings = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in x.Channel("x"))
        {
            settings[key] = value;
        }

        var started = await Task.WhenAll(
            SiteProcess.StartAsync("a", Path.Combine(_root, "a"), settings),
            SiteProcess.StartAsync("b", Path.Combine(_root, "b"), settings));
        await using var a = started[0];
        await using var b = started[1];

        using var onA = Verifier(a, tokens[0]);
        using var onB = Verifier(b, tokens[1]);
        await Parallel.ForAsync(0, Items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var client = i % 2 == 0 ? onA : onB;
            var response = await client.PostJsonAsync($"/api/v1/materi/{ids[i]}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });
            Assert.True(response.IsSuccessStatusCode, $"{titles[i]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        });

        var rows = await Eventually.WaitAsync(() => Rows(database), r => r.Count == Items && r.All(o => o.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(60));
        Assert.True(rows.Count == Items && rows.All(o => o.Status == OutboxStatus.Sent), $"{rows.Count(o => o.Status == OutboxStatus.Sent)} of {rows.Count} rows sent; {string.Join(", ", rows.Select(o => o.Status).Distinct())}");
        Assert.Equal(Items, x.Posts.Count);
        Assert.Equal(Items, x.PostAttempts.Count); // not even a refused second attempt
        Assert.Equal(Items, x.Posts.Select(p => p.Text).Distinct().Count());
        foreach (var title in titles)
        {
            Assert.Single(x.Posts, p => p.Text.StartsWith(title + "\n", StringComparison.Ordinal));
        }

        foreach (var row in rows)
        {
            Assert.Equal(Assert.Single(x.Posts, p => p.Text == row.Text).Id, row.RemoteId);
        }

        // Each instance logs the rows it sent: between them every row once, and each sent a share. The line crosses the
        // console logger's queue and a pipe, so it may arrive after the row says sent: wait for the lines as well.
        await Eventually.WaitAsync(() => Sent(a).Count + Sent(b).Count, n => n >= Items, TimeSpan.FromSeconds(30));
        var sentByA = Sent(a);
        var sentByB = Sent(b);
        Assert.True(sentByA.Count > 0 && sentByB.Count > 0, $"a sent {sentByA.Count}, b sent {sentByB.Count}");
        Assert.Empty(sentByA.Intersect(sentByB));
        Assert.Equal(rows.Select(o => o.Id).Order(), sentByA.Concat(sentByB).Order());
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

    private static HttpClient Verifier(SiteProcess site, string token)
    {
        var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static List<OutboxMessage> Rows(TestDatabase database)
    {
        using var db = database.OpenContext();
        return [.. db.Outbox.AsNoTracking().Where(o => o.Channel == "x")];
    }

    private static List<Guid> Sent(SiteProcess site) =>
        [.. site.Output.Select(line => SentLine().Match(line)).Where(m => m.Success).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"Cross-post ([0-9a-f-]{36}) to x sent as \d+")]
    private static partial Regex SentLine();
}
