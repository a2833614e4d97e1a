using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// X as it bills and refuses in 2026, against the strict fake: credits spent hold the channel once (not a failure per
/// article) until an administrator tops up and resumes it; a 403 refusing one post's content fails that post and the
/// channel goes on, a 403 refusing the app pauses it; a text over 280 weighted characters is refused by the fake, so the
/// composer's count is checked by a counter that is not its own; the channel page shows the month's posts and cost.
/// </summary>
public class XBillingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreditsRunOutMidBatch_ChannelHeldOnceWithOneNotification_RowsWait_ResumedAfterTopUp_AllGo(bool cover)
    {
        await using var fake = (FakeX)await new FakeX().StartAsync();
        fake.CreditBalance = 2 * FakeX.PricePostWithUrl; // two posts with the article's link, then nothing
        fake.AnswerDelay = TimeSpan.FromSeconds(1.5); // the approvals after the first find the dispatcher busy: the rest go as one batch
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier);
        await f.SeedUsersAsync();
        var ids = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            // With a cover, the third article's image upload is what meets the spent credits (a 402 from X's media endpoint).
            ids.Add(await Publish.ToVerificationAsync(f, $"Posyandu balita dusun {i}", cover ? Photos.Jpeg(800, 800, gps: false) : null));
        }

        var verifikator = await Api.ClientForAsync(f, "verifikator");
        foreach (var id in ids)
        {
            await Publish.MoveAsync(verifikator, id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
        }

        var paused = await Eventually.WaitAsync(() => Channel(f), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, string.Join("\n", ids.Select(id => Networks.Describe(Networks.Row(f, id), fake, f))));
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3); // rounds after the hold: nothing more reaches X

        Assert.Equal(2, fake.Posts.Count);
        Assert.Equal(1, fake.PaymentRefusals + fake.Media.PaymentRefusals); // one 402, not one per article
        var rows = ids.Select(id => Networks.Row(f, id)).ToList();
        Assert.Equal(2, rows.Count(r => r.Status == OutboxStatus.Sent));
        var held = rows.Where(r => r.Status != OutboxStatus.Sent).ToList();
        Assert.Equal(2, held.Count);
        Assert.All(held, r => Assert.True(r.Status is OutboxStatus.Waiting or OutboxStatus.Pending, Networks.Describe(r, fake, f)));
        var refused = Assert.Single(held, r => r.Status == OutboxStatus.Waiting);
        Assert.Equal("Saluran dijeda: kredit X habis", refused.WaitReason);
        Assert.Contains("402", refused.LastError, StringComparison.Ordinal);
        Assert.StartsWith("kredit X habis: ", paused!.PausedReason, StringComparison.Ordinal);

        var told = Assert.Single(notifier.Sent);
        Assert.Equal("role:" + SopRoles.Administrator, told.To);
        Assert.Equal("saluran-dijeda", told.Notification.Kind);
        Assert.StartsWith($"Kredit X habis untuk saluran \"{Networks.Channel}\"", told.Notification.Body, StringComparison.Ordinal);

        // The reason on the channel page and on every row that waits (the status page).
        var admin = await Browser.SignInAsync(f, "admin");
        var channels = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.StartsWith("Dijeda: kredit X habis", channels.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}'] [data-testid=status]")?.TextContent.Trim(), StringComparison.Ordinal);
        var status = await admin.GetAsync("/admin/media-sosial");
        foreach (var row in held)
        {
            var cell = status.Document.QuerySelector($"tr[data-kanal='{Networks.Channel}'][data-materi='{row.MateriId}']");
            Assert.True(cell is not null, status.Text());
            Assert.Contains("kredit X habis", cell!.TextContent, StringComparison.Ordinal);
        }

        // The administrator tops up at X, then resumes the channel: everything waiting goes, nothing twice.
        fake.CreditBalance += 10m;
        var resumed = await admin.SubmitAsync("/admin/media-sosial/saluran", $"tr[data-saluran='{Networks.Channel}'] form[data-aksi='lanjutkan']", []);
        Assert.Contains("Saluran dilanjutkan", resumed.Text(), StringComparison.Ordinal);
        foreach (var id in ids)
        {
            var row = await Networks.RowWhenAsync(f, id, o => o.Status == OutboxStatus.Sent);
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
        }

        Assert.Equal(4, fake.Posts.Count);
        Assert.Equal(4, fake.Posts.Select(p => p.Text).Distinct().Count());
        Assert.Single(notifier.Sent);
        Assert.False(Channel(f)!.Paused);
    }

    [Fact]
    public async Task ContentRefused403_ThatPostFailsWithXsWords_ChannelGoesOn_NextArticlePosts()
    {
        await using var fake = (FakeX)await new FakeX().StartAsync();
        fake.RefusedContent.Add("judi");
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier);
        await f.SeedUsersAsync();

        var refused = await Publish.ApproveAsync(f, "Sosialisasi bahaya judi daring");
        var failed = await Networks.RowWhenAsync(f, refused, o => o.Status == OutboxStatus.Failed);
        Assert.True(failed.Status == OutboxStatus.Failed, Networks.Describe(failed, fake, f));
        Assert.Equal("X menjawab 403: You are not permitted to perform this action.", failed.LastError);
        Assert.Equal(1, failed.Attempts);

        var next = await Publish.ApproveAsync(f, "Sosialisasi pencegahan stunting");
        var sent = await Networks.RowWhenAsync(f, next, o => o.Status == OutboxStatus.Sent);
        Assert.True(sent.Status == OutboxStatus.Sent, Networks.Describe(sent, fake, f));
        Assert.False(Channel(f)?.Paused ?? false);
        Assert.Empty(notifier.Sent);
        Assert.Single(fake.Posts);
    }

    [Fact]
    public async Task CredentialsRefused403_ChannelPausedOnce_RowsWait()
    {
        await using var fake = (FakeX)await new FakeX().StartAsync();
        fake.RefuseCredentials = true;
        var notifier = new RecordingNotifier();
        using var f = Networks.App(fake, notifier: notifier);
        await f.SeedUsersAsync();

        var first = await Publish.ApproveAsync(f, "Musyawarah desa pertama");
        var paused = await Eventually.WaitAsync(() => Channel(f), c => c?.Paused == true, TimeSpan.FromSeconds(30));
        Assert.True(paused?.Paused == true, Networks.Describe(Networks.Row(f, first), fake, f));
        var second = await Publish.ApproveAsync(f, "Musyawarah desa kedua");
        await Rounds.WaitAsync<OutboxDispatcher>(f, 3);

        Assert.Contains("developer App that is attached to a Project", paused!.PausedReason, StringComparison.Ordinal);
        Assert.Equal(1, fake.Refused);
        Assert.All(new[] { Networks.Row(f, first), Networks.Row(f, second) }, r => Assert.True(r.Status is OutboxStatus.Waiting or OutboxStatus.Pending, r.Status.ToString()));
        Assert.Equal("saluran-dijeda", Assert.Single(notifier.Sent).Notification.Kind);
    }

    /// <summary>
    /// The article's full post weighs 281 by the fake's own count (an emoji with a skin tone, a flag and CJK among the words, the
    /// link counted 23): the composer must shorten it, and X (the fake) refuses anything over 280. With the default
    /// limit the post goes out within 280; with the limit raised to 281 (a composer that lets 281 through) the fake
    /// refuses it and the row fails with X's words, which shows this test fails against such a composer.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("281")]
    public async Task FullTextWeighs281_ComposerShortensIt_TheFakeRefusesWhatWouldNotFit(string? limit)
    {
        await using var fake = (FakeX)await new FakeX().StartAsync();
        using var f = Networks.App(fake);
        if (limit is not null)
        {
            f.Settings["CrossPosting:Limits:X:MaxWeightedLength"] = limit;
        }

        await f.SeedUsersAsync();
        const string title = "Festival kuliner 寿司 dan 拉麺 👍🏽 di alun-alun";
        var prefix = "Warga menikmati 餃子, 🇮🇩 bendera berkibar, dan ☕ kopi lokal. ";
        var filler = new System.Text.StringBuilder();
        for (var left = 254 - FakeX.WeightedLength(title) - FakeX.WeightedLength(prefix); left > 0; left -= Math.Min(left, 5))
        {
            filler.Append(left > 5 ? "aaaa " : new string('a', left));
        }

        var summary = prefix + filler;
        var id = await Publish.ApproveAsync(f, title, ringkasan: summary);
        var row = await Networks.RowWhenAsync(f, id, o => o.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        Assert.Equal(281, FakeX.WeightedLength($"{title}\n\n{summary}\n\n{row.Link}"));

        if (limit is null)
        {
            Assert.True(row.Status == OutboxStatus.Sent, Networks.Describe(row, fake, f));
            var (text, weighted) = Assert.Single(fake.PostTexts);
            Assert.InRange(weighted, 250, FakeX.MaxWeightedLength);
            Assert.Contains(row.Link, text, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(row.Status == OutboxStatus.Failed, $"{Networks.Describe(row, fake, f)}\n[{row.Text}] fake={FakeX.WeightedLength(row.Text)} client={Module.CrossPosting.Composition.XTextLength.Count(row.Text)}");
            Assert.Equal(281, Assert.Single(fake.PostTexts).Weighted);
            Assert.StartsWith("X menjawab 403: Your Tweet text is too long.", row.LastError, StringComparison.Ordinal);
            Assert.Empty(fake.Posts);
        }
    }

    [Fact]
    public void FakeCountsAsX_UrlsEmojiAndCjk()
    {
        Assert.Equal(280, FakeX.WeightedLength(new string('a', 280)));
        Assert.Equal(280, FakeX.WeightedLength(new string('漢', 140)));
        Assert.Equal(23, FakeX.WeightedLength("https://kecamatan.contoh.go.id/berita/" + new string('x', 200)));
        Assert.Equal(24, FakeX.WeightedLength("https://a.id/b."));
        Assert.Equal(2, FakeX.WeightedLength("👨‍👩‍👧"));
        Assert.Equal(2, FakeX.WeightedLength("🇮🇩"));
        Assert.Equal(2, FakeX.WeightedLength("👍🏽"));
        Assert.Equal(1, FakeX.WeightedLength("e\u0301"));
        Assert.Equal(2, FakeX.WeightedLength("한"));
        Assert.Equal(3, FakeX.WeightedLength("a“b")); // U+201C is in X's light range
    }

    [Fact]
    public async Task ChannelPage_ShowsThisWibMonthsPostsAndCost_PostsWithAUrlCountedApart()
    {
        await using var fake = await new FakeX().StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));
        using var f = Networks.App(fake, clock);
        f.Settings["CrossPosting:Pricing:X:PostWithUrl"] = "0.25";
        await f.SeedUsersAsync();
        var decemberStartsWib = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);
        f.WithDb(db =>
        {
            db.Outbox.AddRange(
                Row(Networks.Channel, OutboxStatus.Sent, decemberStartsWib, "Rapat https://kec.contoh.go.id/berita/rapat"),
                Row(Networks.Channel, OutboxStatus.Sent, decemberStartsWib.AddMinutes(-1), "Bulan lalu https://kec.contoh.go.id/berita/lalu"),
                Row(Networks.Channel, OutboxStatus.Sent, decemberStartsWib.AddDays(4), "Tanpa tautan"),
                Row(Networks.Channel, OutboxStatus.Sent, decemberStartsWib.AddDays(6), "Kerja bakti https://kec.contoh.go.id/berita/kerja-bakti"),
                Row(Networks.Channel, OutboxStatus.Failed, decemberStartsWib.AddDays(6), "Gagal https://kec.contoh.go.id/berita/gagal"),
                Row("lain", OutboxStatus.Sent, decemberStartsWib.AddDays(6), "Saluran lain https://kec.contoh.go.id/berita/lain"));
            return db.SaveChanges();
        });

        var admin = await Browser.SignInAsync(f, "admin");
        var page = await admin.GetAsync("/admin/media-sosial/saluran");

        Assert.Equal(
            "Kiriman bulan ini, Desember 2026: 3 kiriman (2 dengan tautan), perkiraan biaya US$0,515 (US$0,015 per kiriman, US$0,25 per kiriman bertautan).",
            page.Document.QuerySelector($"tr[data-saluran='{Networks.Channel}'] [data-testid=biaya-x]")?.TextContent);
    }

    [Theory]
    [InlineData("CrossPosting:Pricing:X:Post", "-0.01")]
    [InlineData("CrossPosting:Pricing:X:PostWithUrl", "1000.5")]
    public async Task PricesOutOfRange_TheAppDoesNotStart(string key, string value)
    {
        await using var fake = await new FakeX().StartAsync();
        using var f = Networks.App(fake);
        f.Settings[key] = value;

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => f.Server);
        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    private static Module.CrossPosting.Channels.SocialChannelRecord? Channel(SopAppFactory f) =>
        f.WithDb(db => db.SocialChannels.AsNoTracking().FirstOrDefault(c => c.Name == Networks.Channel));

    private static OutboxMessage Row(string channel, OutboxStatus status, DateTimeOffset sentAt, string text) => new()
    {
        Id = Guid.NewGuid(),
        MateriId = Guid.NewGuid(),
        Channel = channel,
        ChannelType = "X",
        Title = text,
        Text = text,
        Link = "https://kec.contoh.go.id/berita/x",
        Status = status,
        CreatedAt = sentAt.AddMinutes(-5),
        NextAttemptAt = sentAt,
        SentAt = status == OutboxStatus.Sent ? sentAt : null,
        RemoteId = status == OutboxStatus.Sent ? Guid.NewGuid().ToString("N") : null,
    };
}
