using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Kalender;
using static SopPublikasi.IntegrationTests.LayananInformasi.KantorDesk;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// The office's pages of the PPID desk (issue 23) with a fake clock in July 2026 (no holidays): the register's clock,
/// order and filters, the personal-data rule (the Administrator sees the register but no NIK, and cannot search by
/// name), the move forms (errors beside their fields, a stale form, moves not allowed not shown), recording a
/// request that came by letter, and the dashboard section.
/// </summary>
public sealed class KantorPagesTests
{
    private static async Task<SopAppFactory> StartAsync(FakeTimeProvider clock)
    {
        var f = new SopAppFactory { Clock = clock };
        await f.SeedUsersAsync();
        using var scope = f.Services.CreateScope();
        // The clocks below are counted by hand over plain weeks: no holiday (the seeded ones are taken out).
        await scope.ServiceProvider.GetRequiredService<SopDbContext>().HariLibur.ExecuteDeleteAsync();
        f.Services.GetRequiredService<HariLiburCache>().Invalidate();
        return f;
    }

    [Fact]
    public async Task Register_ClockOverdueFirst_Filters_AndNamesOnlyForWhoMaySeeTheData()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 1));
        using var f = await StartAsync(clock);
        var early = await SubmitAsync(f, "Siti Aminah");
        clock.SetUtcNow(Wib(2026, 7, 14));
        var later = await SubmitAsync(f, "Budi Santoso");
        var answered = await SubmitAsync(f, "Citra Lestari");
        await DecideAsync(f, answered.Id, KeputusanPermohonan.Dikabulkan);
        // Wednesday 1 July + 10 working days = Wednesday 15 July; now Friday 17 July: 2 working days late.
        clock.SetUtcNow(Wib(2026, 7, 17));

        var ppid = await Browser.SignInAsync(f, "ppid");
        var page = await ppid.GetAsync("/admin/layanan");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cards = page.Document.QuerySelectorAll("[data-testid=register-permohonan] > li").ToList();
        Assert.Equal([early.Id.ToString(), later.Id.ToString(), answered.Id.ToString()], cards.Select(c => c.GetAttribute("data-permohonan")!).ToArray());
        Assert.Equal("terlambat 2 hari kerja", cards[0].QuerySelector("[data-testid=jam]")!.TextContent.Trim());
        Assert.Equal("sisa 7 hari kerja", cards[1].QuerySelector("[data-testid=jam]")!.TextContent.Trim());
        Assert.Equal("dijawab dalam 0 hari kerja", cards[2].QuerySelector("[data-testid=jam]")!.TextContent.Trim());
        Assert.Equal("Dijawab", cards[2].QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Contains(early.NomorRegister, cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Siti Aminah", cards[0].TextContent, StringComparison.Ordinal);

        async Task<string[]> Ids(Browser who, string query) =>
            [.. (await who.GetAsync("/admin/layanan?" + query)).Document.QuerySelectorAll("[data-testid=register-permohonan] > li").Select(c => c.GetAttribute("data-permohonan")!)];
        Assert.Equal([early.Id.ToString()], await Ids(ppid, "terlambat=true"));
        Assert.Equal([answered.Id.ToString()], await Ids(ppid, "status=dijawab"));
        Assert.Equal([early.Id.ToString(), later.Id.ToString()], await Ids(ppid, "status=terbuka"));
        Assert.Empty(await Ids(ppid, "tahun=2025"));
        Assert.Equal([later.Id.ToString()], await Ids(ppid, "q=" + Uri.EscapeDataString(later.NomorRegister)));
        Assert.Equal([later.Id.ToString()], await Ids(ppid, "q=budi"));

        // The Administrator sees the register and the names, but searches by number only and sees no NIK.
        var admin = await Browser.SignInAsync(f, "admin");
        Assert.Empty(await Ids(admin, "q=budi"));
        Assert.Equal([later.Id.ToString()], await Ids(admin, "q=" + Uri.EscapeDataString(later.NomorRegister)));
        var adminView = await admin.GetAsync($"/admin/layanan/permohonan/{early.Id}");
        Assert.Equal(HttpStatusCode.OK, adminView.Status);
        Assert.Contains("Siti Aminah", adminView.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, adminView.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Melati", adminView.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("081234567890", adminView.Html, StringComparison.Ordinal);
        Assert.Null(adminView.Document.QuerySelector("[data-testid=nik]"));
        var ppidView = await ppid.GetAsync($"/admin/layanan/permohonan/{early.Id}");
        Assert.Equal(Nik, ppidView.Document.QuerySelector("[data-testid=nik]")!.TextContent.Trim());

        // No register for those without LihatRegisterLayanan.
        var sekretaris = await Browser.SignInAsync(f, "sekretaris");
        Assert.Equal(HttpStatusCode.Forbidden, (await sekretaris.GetAsync("/admin/layanan")).Status);
    }

    [Fact]
    public async Task MoveForms_ErrorsBesideTheirFields_StaleForm_AndMovesNotAllowedNotShown()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 1));
        using var f = await StartAsync(clock);
        var p = await SubmitAsync(f, "Dewi Kartika");
        var url = $"/admin/layanan/permohonan/{p.Id}";
        var ppid = await Browser.SignInAsync(f, "ppid");

        // Staff prepare, the Administrator only reads: no moves for the Administrator, no decision for staff.
        var staf = await Browser.SignInAsync(f, "staf");
        var stafPage = await staf.GetAsync(url);
        Assert.NotNull(stafPage.Document.QuerySelector("[data-testid=aksi-siapkan]"));
        Assert.Null(stafPage.Document.QuerySelector("[data-testid=aksi-jawab]"));
        Assert.Null(stafPage.Document.QuerySelector("[data-testid=aksi-perpanjang]"));
        var adminPage = await (await Browser.SignInAsync(f, "admin")).GetAsync(url);
        Assert.Null(adminPage.Document.QuerySelector("[data-testid=bar-aksi]"));
        Assert.Empty(adminPage.Document.QuerySelectorAll("details.move"));

        // An extension without its reason: the message sits beside the reason, in the opened form.
        var extend = await ppid.SubmitAsync(url, "[data-testid=aksi-perpanjang] form", new() { ["Alasan"] = "" });
        Assert.Equal(HttpStatusCode.OK, extend.Status);
        var details = extend.Document.QuerySelector("[data-testid=aksi-perpanjang]")!;
        Assert.True(details.HasAttribute("open"));
        Assert.NotNull(details.QuerySelector("#perpanjang-alasan + [data-field=alasan], [data-field=alasan]"));

        // A refusal without ground and consequence test: each message beside its own field; what was typed stays.
        var refuse = await ppid.SubmitAsync(url, "[data-testid=aksi-jawab] form", new()
        {
            ["Jawab.Keputusan"] = "Ditolak",
            ["Jawab.Jawaban"] = "Informasi dikecualikan.",
        });
        var form = refuse.Document.QuerySelector("[data-testid=aksi-jawab]")!;
        Assert.True(form.HasAttribute("open"));
        Assert.NotNull(form.QuerySelector("[data-field=alasanPengecualian]"));
        Assert.NotNull(form.QuerySelector("[data-testid=uji-konsekuensi] [data-field=ujiKonsekuensi]"));
        Assert.Equal("Informasi dikecualikan.", form.QuerySelector("textarea[name='Jawab.Jawaban']")!.TextContent);
        Assert.Equal("Diterima", refuse.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());

        // A form left open while staff prepared an answer: the stale message, nothing saved, what was typed kept;
        // sent again, it answers the request as it now is.
        var stale = await ppid.GetAsync(url);
        await PrepareAsync(f, p.Id);
        var late = await ppid.SubmitFormAsync(stale, "[data-testid=aksi-jawab] form", new()
        {
            ["Jawab.Keputusan"] = "TidakDikuasai",
            ["Jawab.Jawaban"] = "Tidak ada pada kami.",
            ["Jawab.PenguasaInformasi"] = "Dinas Sosial Kabupaten",
        });
        Assert.Contains("baru saja diubah orang lain", late.Errors(), StringComparison.Ordinal);
        Assert.Equal("Jawaban disiapkan", late.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("Tidak ada pada kami.", late.Document.QuerySelector("[data-testid=aksi-jawab] textarea[name='Jawab.Jawaban']")!.TextContent);
        var resent = await ppid.SubmitFormAsync(late, "[data-testid=aksi-jawab] form", new());
        Assert.Equal("Dijawab", resent.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());

        // Answered: no more moves, the answer is shown.
        var done = await ppid.GetAsync(url);
        Assert.Null(done.Document.QuerySelector("[data-testid=bar-aksi]"));
        Assert.Contains("Informasi tidak dikuasai", done.Document.QuerySelector("[data-testid=jawaban]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dinas Sosial Kabupaten", done.Document.QuerySelector("[data-testid=jawaban]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baru_RecordsALetter_ShowsTheCodeOnce_AndRefusesBadInputBesideTheField()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 1));
        using var f = await StartAsync(clock);
        var agendaris = await Browser.SignInAsync(f, "agendaris");

        var bad = await agendaris.SubmitAsync("/admin/layanan/permohonan/baru", "[data-testid=form-catat]", new()
        {
            ["Input.Saluran"] = "Surat",
            ["Input.NamaPemohon"] = "Eko Prasetyo",
            ["Input.NomorIdentitas"] = "123",
            ["Input.Alamat"] = "Dusun Krajan RT 01",
            ["Input.Telepon"] = "081298765432",
            ["Input.RincianInformasi"] = "Salinan APBDes 2026",
            ["Input.TujuanPenggunaan"] = "Pengawasan warga",
            ["Input.Persetujuan"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.NotNull(bad.Document.QuerySelector("#nik ~ [data-field=nomorIdentitas]"));
        Assert.Equal("Eko Prasetyo", bad.Document.QuerySelector("#nama")!.GetAttribute("value"));

        var ok = await agendaris.SubmitFormAsync(bad, "[data-testid=form-catat]", new() { ["Input.NomorIdentitas"] = Nik });
        var nomor = ok.Document.QuerySelector("[data-testid=nomor]")!.TextContent.Trim();
        Assert.Matches(@"^\d{3}/PPID-KEC/VII/2026$", nomor);
        Assert.Matches(@"^[A-Z0-9]{4}-[A-Z0-9]{4}$", ok.Document.QuerySelector("[data-testid=kode]")!.TextContent.Trim());
        using var scope = f.Services.CreateScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SopDbContext>().Permohonan.SingleAsync(x => x.NomorRegister == nomor);
        Assert.Equal(SaluranPermohonan.Surat, saved.Saluran);

        // Staff without CatatPermohonan do not get the page.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Browser.SignInAsync(f, "verifikator")).GetAsync("/admin/layanan/permohonan/baru")).Status);
    }

    [Fact]
    public async Task Keberatan_AtasanAnswers_ErrorBesideTheField_ThenTheDisputeIsRecorded_NotInTheFuture()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 1));
        using var f = await StartAsync(clock);
        var p = await SubmitAsync(f, "Fajar Nugroho");
        await DecideAsync(f, p.Id, KeputusanPermohonan.Ditolak, "Pasal 17 huruf h");
        var k = await ObjectAsync(f, p, AlasanKeberatan.PenolakanPengecualian);
        var url = $"/admin/layanan/keberatan/{k.Id}";

        var register = await (await Browser.SignInAsync(f, "ppid")).GetAsync("/admin/layanan/keberatan");
        var card = register.Document.QuerySelector($"[data-keberatan='{k.Id}']")!;
        Assert.Equal("Menunggu tanggapan atasan", card.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("sisa 30 hari kerja", card.QuerySelector("[data-testid=jam]")!.TextContent.Trim());
        Assert.Null((await (await Browser.SignInAsync(f, "ppid")).GetAsync(url)).Document.QuerySelector("[data-testid=aksi-putus-keberatan]"));

        var atasan = await Browser.SignInAsync(f, "atasan");
        var empty = await atasan.SubmitAsync(url, "[data-testid=aksi-putus-keberatan] form", new() { ["Putusan"] = "Ditolak", ["Tanggapan"] = "" });
        Assert.NotNull(empty.Document.QuerySelector("[data-testid=aksi-putus-keberatan] [data-field=tanggapan]"));
        var answered = await atasan.SubmitFormAsync(empty, "[data-testid=aksi-putus-keberatan] form", new() { ["Putusan"] = "Ditolak", ["Tanggapan"] = "Penolakan PPID sudah tepat." });
        Assert.Equal("Keberatan ditolak", answered.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());

        var ppid = await Browser.SignInAsync(f, "ppid");
        var future = await ppid.SubmitAsync(url, "[data-testid=aksi-sengketa] form", new() { ["Tanggal"] = "2026-07-10", ["Catatan"] = "Register KI 12/2026" });
        Assert.NotNull(future.Document.QuerySelector("[data-testid=aksi-sengketa][open] [data-field=tanggal]"));
        var dispute = await ppid.SubmitFormAsync(future, "[data-testid=aksi-sengketa] form", new() { ["Tanggal"] = "2026-07-01" });
        Assert.Contains("Register KI 12/2026", dispute.Document.QuerySelector("[data-testid=sengketa]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(dispute.Document.QuerySelector("[data-testid=aksi-sengketa]"));
    }

    [Fact]
    public async Task Dashboard_OverdueAndDueWithinTwoWorkingDays_ForWhoSeesTheRegister()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 1));
        using var f = await StartAsync(clock);
        var overdue = await SubmitAsync(f, "Gita Permata");
        clock.SetUtcNow(Wib(2026, 7, 6));
        var near = await SubmitAsync(f, "Hadi Wijaya");
        clock.SetUtcNow(Wib(2026, 7, 13));
        var far = await SubmitAsync(f, "Indah Sari");
        // Friday 17 July: the first was due Wednesday 15 July; the second is due Monday 20 July (1 working day left).
        clock.SetUtcNow(Wib(2026, 7, 17));

        var page = await (await Browser.SignInAsync(f, "agendaris")).GetAsync("/admin");
        var section = page.Document.QuerySelector("[data-testid=layanan-dasbor]");
        Assert.NotNull(section);
        Assert.Contains("Permohonan informasi (2)", section.TextContent, StringComparison.Ordinal);
        Assert.Equal([overdue.Id.ToString()], section.QuerySelectorAll("[data-testid=layanan-terlambat] li").Select(l => l.GetAttribute("data-permohonan")!).ToArray());
        Assert.Equal([near.Id.ToString()], section.QuerySelectorAll("[data-testid=layanan-dekat] li").Select(l => l.GetAttribute("data-permohonan")!).ToArray());
        Assert.Contains("sisa 1 hari kerja", section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(far.NomorRegister, section.TextContent, StringComparison.Ordinal);

        var sekretaris = await (await Browser.SignInAsync(f, "sekretaris")).GetAsync("/admin");
        Assert.Null(sekretaris.Document.QuerySelector("[data-testid=layanan-dasbor]"));
    }
}
