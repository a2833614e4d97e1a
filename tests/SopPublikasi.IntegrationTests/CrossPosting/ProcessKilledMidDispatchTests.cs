using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// The built site as a real child process, killed with SIGKILL while a post is under way, then started again on the
/// same database: the row it held is reconciled with the network before anything is sent again, and every post
/// exists exactly once. Telegram cannot be asked, so its row waits for an administrator ("belum pasti"), who marks it
/// sent on Status Media Sosial. Instagram is killed between creating a container and publishing it: the stored
/// container is published, no second one is made.
/// </summary>
public sealed class ProcessKilledMidDispatchTests : IDisposable
{
    private const int Articles = 5;
    private const string AdminPassword = "Rahasia#2026uji";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sop-kill", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> All => NetworkDeliveryTests.All;

    [Theory]
    [MemberData(nameof(All))]
    public async Task KilledMidDispatch_RestartedEveryPostExactlyOnceAtTheNetwork(string network)
    {
        using var database = TestDatabase.Create();
        await using var fake = await Networks.StartAsync(network);
        var instagram = fake as FakeInstagram;
        if (instagram is null)
        {
            fake.AnswerDelay = TimeSpan.FromMilliseconds(700); // the post is recorded, its answer is on its way
        }

        var settings = Settings(database, fake);
        OutboxMessage killed;
        await using (var first = await SiteProcess.StartAsync("pertama", _root, settings))
        {
            await AddRowsAsync(database, network);
            Func<bool> midDispatch = instagram is null
                // The second post has reached the network and its answer has not come back.
                ? () => fake.PostAttempts.Count >= 2
                // The second row's container is created and stored, and not yet published (it is still IN_PROGRESS).
                : () => fake.Posts.Count >= 1 && Rows(database).Any(r => r.Status == OutboxStatus.Sending && !string.IsNullOrEmpty(r.Progress) && !fake.Posts.Any(p => p.Text == r.Text));
            Assert.True(await Eventually.WaitAsync(midDispatch, done => done, TimeSpan.FromSeconds(60)), "the first process sent nothing\n" + Tail(first));
            await first.KillAsync(); // SIGKILL on Linux: no shutdown code runs
        }

        killed = Assert.Single(Rows(database), r => r.Status == OutboxStatus.Sending);
        Assert.True(fake.Posts.Count < Articles, "everything was sent before the kill");
        if (instagram is null)
        {
            Assert.Contains(fake.Posts, p => p.Text == killed.Text); // it reached the network; only the answer was lost
        }
        else
        {
            Assert.DoesNotContain(fake.Posts, p => p.Text == killed.Text);
            Assert.Equal(fake.Posts.Count + 1, instagram.ContainersCreated);
        }

        await using var second = await SiteProcess.StartAsync("kedua", _root, settings);
        if (network == "Telegram")
        {
            await ConfirmHeldTelegramRowAsync(database, fake, second, killed);
        }

        var rows = await Eventually.WaitAsync(() => Rows(database), r => r.All(o => o.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(60));
        Assert.True(rows.All(o => o.Status == OutboxStatus.Sent), string.Join("\n", rows.Select(o => $"{o.Link} {o.Status} {o.WaitReason} {o.LastError}")) + "\n" + Tail(second));
        Assert.Equal(Articles, fake.Posts.Count);
        Assert.Equal(Articles, fake.Posts.Select(p => p.Text).Distinct().Count());
        foreach (var row in rows)
        {
            // The row holds the network's own id of its post (X, Instagram, Mastodon: the id; Facebook: page_id; Telegram: chat/message).
            var post = Assert.Single(fake.Posts, p => p.Text == row.Text);
            Assert.Matches($"(^|[_/]){Regex.Escape(post.Id)}$", row.RemoteId);
        }

        if (instagram is not null)
        {
            Assert.Equal(Articles, instagram.ContainersCreated); // the stored container was published, no second one made
            Assert.Equal(killed.Progress, instagram.PublishedContainerOf(killed.Text));
        }
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

    /// <summary>
    /// Telegram: the killed row is held for a person, never re-sent; the others go out. An administrator finds the post
    /// in the channel and marks the row sent with its link, through the Status Media Sosial page of the live site.
    /// </summary>
    private static async Task ConfirmHeldTelegramRowAsync(TestDatabase database, FakeNetwork fake, SiteProcess site, OutboxMessage killed)
    {
        var rows = await Eventually.WaitAsync(
            () => Rows(database),
            // Held, not merely found uncertain: after the restart the row is first marked uncertain for a check, and
            // only then held (Telegram cannot be asked), which is the state this test is about.
            r => r.Count(o => o.Status == OutboxStatus.Sent) == Articles - 1
                && r.Single(o => o.Id == killed.Id) is { Status: OutboxStatus.Uncertain } row && row.NextAttemptAt == DeliveryProcessor.Never,
            TimeSpan.FromSeconds(60));
        var held = rows.Single(o => o.Id == killed.Id);
        Assert.True(held.Status == OutboxStatus.Uncertain, $"{held.Status} {held.WaitReason} {held.LastError}\n{Tail(site)}");
        Assert.Equal(DeliveryProcessor.Never, held.NextAttemptAt);
        Assert.Contains("periksa kanal", held.WaitReason, StringComparison.Ordinal);
        await site.WaitForRoundsAsync("OutboxDispatcher", 3, TimeSpan.FromSeconds(30)); // rounds that began once it was held: nothing is sent again
        Assert.Equal(Articles, fake.PostAttempts.Count);
        Assert.Equal(Articles, fake.Posts.Count);

        var post = Assert.Single(fake.Posts, p => p.Text == killed.Text);
        var admin = await Browser.SignInAsync(site.Browser(), "admin", AdminPassword);
        var page = await admin.SubmitAsync(
            "/admin/media-sosial",
            $"tr[data-status='Uncertain'][data-materi='{killed.MateriId}'] form[data-aksi='konfirmasi']",
            new() { ["tautan"] = $"https://t.me/kecamatancontoh/{post.Id}" });
        Assert.Contains("Kiriman ditandai terkirim.", page.Text(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, FakeNetwork fake)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["CrossPosting:LeaseDuration"] = "00:00:04",
            ["CrossPosting:HttpTimeout"] = "00:00:03",
            ["CrossPosting:FirstRetryDelay"] = "00:00:00.200",

            // Instagram: a container is IN_PROGRESS on its first status read; the next read, this long after, finds it FINISHED.
            ["CrossPosting:ContainerPollInterval"] = "00:00:01.500",
            ["Accounts:InitialAdminUser"] = "admin",
            ["Accounts:InitialAdminPassword"] = AdminPassword,
        };
        foreach (var (key, value) in fake.Channel(Networks.Channel))
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task AddRowsAsync(TestDatabase database, string network)
    {
        await using var db = database.OpenContext();
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= Articles; i++)
        {
            var link = $"https://kecamatan-contoh.karanganyarkab.go.id/berita/artikel-{i}";
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                MateriId = Guid.NewGuid(),
                Channel = Networks.Channel,
                ChannelType = network,
                Title = $"Artikel {i}",
                Text = $"Artikel {i} {network}\n\n{link}",
                Link = link,

                // Instagram requires an image and takes it by URL (/media/{id}/instagram.jpg); its fake checks the URL
                // and does not fetch it. The other networks post text and link only.
                ImageId = network == "Instagram" ? Guid.NewGuid() : null,
                ImageAlt = network == "Instagram" ? "Foto kegiatan" : null,
                Status = OutboxStatus.Pending,
                NextAttemptAt = now.AddMilliseconds(i),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    private static List<OutboxMessage> Rows(TestDatabase database)
    {
        using var db = database.OpenContext();
        return [.. db.Outbox.AsNoTracking().Where(o => o.Channel == Networks.Channel).OrderBy(o => o.NextAttemptAt)];
    }

    private static string Tail(SiteProcess site) => string.Join("\n", site.Output.TakeLast(30));
}
