using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Scheduling;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Scheduling;

/// <summary>
/// Scheduled publication through HTTP: the verifier approves with a time (API and admin), reschedules or stops it;
/// bad times are refused beside their field; at the minute (a fake clock) the background publisher publishes it, and
/// nothing of it is public before.
/// </summary>
public sealed class ScheduledPublicationTests
{
    // Monday 23 November 2026, 09.05 WIB.
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);

    private static (FakeTimeProvider Clock, SopAppFactory Factory) App()
    {
        var clock = new FakeTimeProvider(Start);
        return (clock, new SopAppFactory { Clock = clock });
    }

    /// <summary>Advances the fake clock to <paramref name="at"/>, wakes the publisher and waits for a round that started after.</summary>
    internal static async Task PublisherLooksAtAsync(SopAppFactory f, FakeTimeProvider clock, DateTimeOffset at)
    {
        clock.SetUtcNow(at.ToUniversalTime()); // a clock reads UTC, as the system clock does
        var round = Rounds.WaitAsync<ScheduledPublisher>(f, rounds: 1);
        f.Services.GetRequiredService<ScheduledPublicationSignal>().Notify();
        await round;
    }

    private static async Task<string> SlugAsync(HttpClient client, Guid id) =>
        (await (await client.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync()).GetProperty("slug").GetString()!;

    private static async Task<(HttpStatusCode Article, HttpStatusCode Api, bool Feed, bool Sitemap, bool Search, string Page)> PublicAsync(SopAppFactory f, string slug, string word)
    {
        var visitor = Api.Anonymous(f);
        var article = await visitor.GetAsync(new Uri($"/berita/{slug}", UriKind.Relative));
        var api = await visitor.GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative));
        var feed = await visitor.GetStringAsync(new Uri("/rss.xml", UriKind.Relative));
        var sitemap = await visitor.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var search = await visitor.GetStringAsync(new Uri($"/cari?q={word}", UriKind.Relative));
        return (article.StatusCode, api.StatusCode, feed.Contains(slug, StringComparison.Ordinal), sitemap.Contains(slug, StringComparison.Ordinal),
            search.Contains(slug, StringComparison.Ordinal), await article.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_ApproveWithATime_NothingPublicUntilTheMinute_ThenPublishedOnceBySystem()
    {
        var (clock, f) = App();
        using var _ = f;
        await f.SeedUsersAsync();
        var id = await Publish.ToVerificationAsync(f, "Jalan Sehat Hari Jadi Kabupaten");
        var verifier = await Api.ClientForAsync(f, "verifikator");

        var approved = await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-24T09:00:00+07:00" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var view = await approved.JsonAsync();
        Assert.Equal("Terjadwal", view.GetProperty("tahap").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7)), view.GetProperty("jadwalTayang").GetDateTimeOffset());
        Assert.Equal("+07:00", view.GetProperty("jadwalTayang").GetString()![^6..]);
        Assert.Equal(["jadwalkan-ulang", "batalkan-jadwal"], view.GetProperty("aksiTersedia").EnumerateArray().Select(a => a.GetProperty("aksi").GetString()));
        var slug = await SlugAsync(verifier, id);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, false, false, false), Trim(await PublicAsync(f, slug, "Jalan")));
        Assert.Equal(0, f.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));

        // One minute before: still waiting.
        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 24, 8, 59, 0, TimeSpan.FromHours(7)));
        Assert.Equal(WorkflowState.Terjadwal, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, false, false, false), Trim(await PublicAsync(f, slug, "Jalan")));

        // At the minute: live on the site, the API, the feed, the sitemap and in search; cross-posts queued once.
        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7)));
        var item = f.WithDb(db => db.Materi.Include(m => m.History).Single(m => m.Id == id));
        Assert.Equal(WorkflowState.Terbit, item.State);
        Assert.Null(item.ScheduledAt);
        var published = Assert.Single(item.History, h => h.Action == "tayangkan");
        Assert.Equal((WorkflowState.Terjadwal, SopRoles.System, 8), (published.From, published.Role, published.SopStep));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, true, true, true), Trim(await PublicAsync(f, slug, "Jalan")));
        var outbox = f.WithDb(db => db.Outbox.Where(o => o.MateriId == id).Select(o => o.Channel).ToList());
        Assert.NotEmpty(outbox);
        Assert.Equal(outbox.Distinct().Count(), outbox.Count);

        // A later look publishes nothing again.
        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 24, 9, 5, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, f.WithDb(db => db.History.Count(h => h.MateriId == id && h.Action == "tayangkan")));
        Assert.Equal(outbox.Count, f.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));
    }

    [Fact]
    public async Task Api_BadTimes_RefusedBesideJadwal_AndNothingChanges()
    {
        var (_, f) = App();
        using var __ = f;
        await f.SeedUsersAsync();
        var id = await Publish.ToVerificationAsync(f, "Lomba Kebersihan Antar Desa");
        var verifier = await Api.ClientForAsync(f, "verifikator");
        async Task<string> RefusedAsync(object body, int status)
        {
            var problem = await (await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", body)).ProblemAsync(status);
            return problem.GetProperty("errors").GetProperty("jadwal")[0].GetString()!;
        }

        Assert.Contains("sudah lewat", await RefusedAsync(new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-23T09:00:00+07:00" }, 422), StringComparison.Ordinal);
        Assert.Contains("paling lambat 90 hari", await RefusedAsync(new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2027-06-01T09:00:00+07:00" }, 422), StringComparison.Ordinal);
        Assert.Contains("ISO 8601", await RefusedAsync(new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-24T09:00:00" }, 400), StringComparison.Ordinal);
        Assert.Contains("ISO 8601", await RefusedAsync(new { aksi = "setujui", klasifikasi = "berkala", jadwal = "besok pagi" }, 400), StringComparison.Ordinal);
        Assert.Contains("hanya dapat dipilih", await RefusedAsync(new { aksi = "kembalikan", catatan = "Perbaiki", jadwal = "2026-11-24T09:00:00+07:00" }, 422), StringComparison.Ordinal);
        Assert.Contains("Pilih tanggal", await RefusedAsync(new { aksi = "jadwalkan", klasifikasi = "berkala" }, 422), StringComparison.Ordinal);
        var missingClass = await (await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", jadwal = "2026-11-24T09:00:00+07:00" })).ProblemAsync(422);
        Assert.True(missingClass.GetProperty("errors").TryGetProperty("klasifikasi", out _));

        var item = f.WithDb(db => db.Materi.Include(m => m.History).Single(m => m.Id == id));
        Assert.Equal((WorkflowState.Verifikasi, (DateTimeOffset?)null), (item.State, item.ScheduledAt));
        Assert.DoesNotContain(item.History, h => h.To == WorkflowState.Terjadwal);
    }

    [Fact]
    public async Task Api_RescheduleAndStop_ByTheVerifierOnly_AndAStoppedItemIsNotPublished()
    {
        var (clock, f) = App();
        using var __ = f;
        await f.SeedUsersAsync();
        var id = await Publish.ToVerificationAsync(f, "Pelatihan Kader Posyandu");
        var verifier = await Api.ClientForAsync(f, "verifikator");
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        await Publish.MoveAsync(verifier, id, new { aksi = "setujui", klasifikasi = "serta-merta", jadwal = "2026-11-24T09:00:00+07:00" }, f);

        await (await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "jadwalkan-ulang" })).ProblemAsync(422);
        await (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "jadwalkan-ulang", jadwal = "2026-11-25T10:30:00+07:00" })).ProblemAsync(403);
        var moved = await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "jadwalkan-ulang", jadwal = "2026-11-25T03:30:00Z" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.FromHours(7)), (await moved.JsonAsync()).GetProperty("jadwalTayang").GetDateTimeOffset());

        // The first time passes: nothing is published, the new time stands.
        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.FromHours(7)));
        Assert.Equal(WorkflowState.Terjadwal, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        verifier = await Api.ClientForAsync(f, "verifikator"); // the test's tokens last a day of the fake clock

        var tasks = await (await verifier.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).JsonAsync();
        var task = tasks.EnumerateArray().Single(t => t.GetProperty("materiId").GetGuid() == id);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.FromHours(7)), task.GetProperty("jadwalTayang").GetDateTimeOffset());

        var noReason = await (await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "batalkan-jadwal" })).ProblemAsync(422);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("catatan", out _));
        var stopped = await verifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "batalkan-jadwal", catatan = "Acara diundur, tunggu tanggal baru" });
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        var view = await stopped.JsonAsync();
        Assert.Equal("Verifikasi", view.GetProperty("tahap").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("jadwalTayang").ValueKind);

        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 25, 10, 31, 0, TimeSpan.FromHours(7)));
        Assert.Equal(WorkflowState.Verifikasi, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        Assert.Equal(0, f.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));
    }

    [Fact]
    public async Task Admin_VerifierSchedulesReschedulesAndStops_ItemPageAndDashboardShowTerjadwal()
    {
        var (_, f) = App();
        using var __ = f;
        await f.SeedUsersAsync();
        var id = await Publish.ToVerificationAsync(f, "Gotong Royong Bersih Sungai");
        var verifier = await Browser.SignInAsync(f, "verifikator");

        var form = (await verifier.GetAsync($"/admin/materi/{id}")).Document;
        Assert.NotNull(form.QuerySelector("form[data-aksi='setujui'] input[type=date][name='Input.JadwalTanggal']"));
        Assert.NotNull(form.QuerySelector("form[data-aksi='setujui'] input[type=time][name='Input.JadwalJam']"));
        Assert.Null(form.QuerySelector("form[data-aksi='jadwalkan']")); // offered inside the approval form

        // A time already past is refused beside the schedule inputs, and the item stays where it was.
        var refused = await Sop.ActAsync(verifier, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala", ["Input.JadwalTanggal"] = "2026-11-23", ["Input.JadwalJam"] = "08:00" });
        Assert.Contains("sudah lewat", refused.Document.QuerySelector("form[data-aksi='setujui'] .jadwal .field-error")?.TextContent ?? "", StringComparison.Ordinal);
        var halfFilled = await Sop.ActAsync(verifier, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala", ["Input.JadwalTanggal"] = "2026-11-24" });
        Assert.Contains("jam tayang", halfFilled.Document.QuerySelector("form[data-aksi='setujui'] .jadwal .field-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Verifikasi, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));

        var scheduled = await Sop.ActOkAsync(verifier, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala", ["Input.JadwalTanggal"] = "2026-12-07", ["Input.JadwalJam"] = "09:00" });
        Assert.Contains("Jadwal tayang tersimpan", scheduled.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Terjadwal", scheduled.Document.QuerySelector("[data-testid=tahap]")!.TextContent.Trim());
        Assert.Contains("Terjadwal: Senin, 7 Desember 2026 pukul 09.00 WIB", scheduled.Document.QuerySelector("[data-testid=jadwal-tayang]")!.TextContent, StringComparison.Ordinal);
        var dashboard = await verifier.GetAsync("/admin");
        var card = dashboard.Document.QuerySelector($"[data-testid=tugas-saya] [data-materi='{id}']");
        Assert.NotNull(card);
        Assert.Contains("Terjadwal: Senin, 7 Desember 2026 pukul 09.00 WIB", card.TextContent, StringComparison.Ordinal);
        var overseer = await (await Browser.SignInAsync(f, "sekretaris")).GetAsync("/admin");
        Assert.Contains("Terjadwal: Senin, 7 Desember 2026 pukul 09.00 WIB", overseer.Document.QuerySelector($"[data-materi='{id}']")?.TextContent ?? "", StringComparison.Ordinal);

        // Reschedule: the form offers the current time; a new one replaces it.
        var page = await verifier.GetAsync($"/admin/materi/{id}");
        Assert.Equal("2026-12-07", page.Document.QuerySelector("form[data-aksi='jadwalkan-ulang'] input[name='Input.JadwalTanggal']")?.GetAttribute("value"));
        var moved = await Sop.ActOkAsync(verifier, id, "jadwalkan-ulang", new() { ["Input.JadwalTanggal"] = "2026-12-08", ["Input.JadwalJam"] = "13:30" });
        Assert.Contains("Terjadwal: Selasa, 8 Desember 2026 pukul 13.30 WIB", moved.Document.QuerySelector("[data-testid=jadwal-tayang]")!.TextContent, StringComparison.Ordinal);

        // Stop: a note is required; then the item is back at verification with no time.
        var noNote = await Sop.ActAsync(verifier, id, "batalkan-jadwal", []);
        Assert.False(string.IsNullOrWhiteSpace(noNote.Document.QuerySelector("form[data-aksi='batalkan-jadwal'] .field-error")?.TextContent));
        var stopped = await Sop.ActOkAsync(verifier, id, "batalkan-jadwal", new() { ["Input.Catatan"] = "Tunggu konfirmasi Camat" });
        Assert.Equal("Verifikasi dan klasifikasi", stopped.Document.QuerySelector("[data-testid=tahap]")!.TextContent.Trim());
        Assert.Null(stopped.Document.QuerySelector("[data-testid=jadwal-tayang]"));
    }

    [Fact]
    public async Task Revision_Scheduled_OldVersionStaysLiveUntilTheMinute()
    {
        var (clock, f) = App();
        using var __ = f;
        await f.SeedUsersAsync();
        var id = await Publish.ApproveAsync(f, "Festival Kuliner Desa Wisata");
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        var verifier = await Api.ClientForAsync(f, "verifikator");
        var slug = await SlugAsync(verifier, id);
        await Publish.MoveAsync(sekretaris, id, new { aksi = "revisi", catatan = "Tambah jadwal acara" }, f);
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Festival Kuliner Desa Wisata Diperpanjang", ringkasan = "Diperpanjang dua hari.", isi = "<p>Festival diperpanjang.</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        await Publish.MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
        await Publish.MoveAsync(verifier, id, new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-24T07:00:00+07:00" }, f);

        var before = await PublicAsync(f, slug, "Festival");
        Assert.Equal(HttpStatusCode.OK, before.Article);
        Assert.DoesNotContain("Diperpanjang", before.Page, StringComparison.Ordinal);
        var outboxBefore = f.WithDb(db => db.Outbox.Count(o => o.MateriId == id));

        await PublisherLooksAtAsync(f, clock, new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(7)));

        var after = await PublicAsync(f, slug, "Festival");
        Assert.Equal(HttpStatusCode.OK, after.Article);
        Assert.Contains("Diperpanjang", after.Page, StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Terbit, f.WithDb(db => db.Materi.Single(m => m.Id == id).State));
        Assert.True(f.WithDb(db => db.Outbox.Count(o => o.MateriId == id)) >= outboxBefore);
    }

    private static (HttpStatusCode, HttpStatusCode, bool, bool, bool) Trim((HttpStatusCode A, HttpStatusCode B, bool C, bool D, bool E, string _) r) => (r.A, r.B, r.C, r.D, r.E);
}
