using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Kalender;
using static SopPublikasi.IntegrationTests.LayananInformasi.KantorDesk;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// The annual report (issue 23) from requests made through the desk's service with a fake clock in July-August 2026
/// (no holidays): one granted in 2 working days, one refused (Pasal 17 huruf h) in 4, one not held answered late in
/// 12, one extended then partly granted (huruf h) in 14, one still open; one objection to the refusal, rejected by
/// the atasan, then a dispute. The figures on the page, in the API, in the XLSX (opened with ClosedXML) and on /ppid.
/// </summary>
public sealed class LaporanLayananTests
{
    private static async Task<SopAppFactory> YearAsync(FakeTimeProvider clock)
    {
        var f = new SopAppFactory { Clock = clock };
        f.Settings["Api:PermitLimit"] = "100000";
        await f.SeedUsersAsync();
        using (var scope = f.Services.CreateScope())
        {
            // The clocks below are counted by hand over plain weeks: no holiday (the seeded ones are taken out).
            await scope.ServiceProvider.GetRequiredService<SopDbContext>().HariLibur.ExecuteDeleteAsync();
            f.Services.GetRequiredService<HariLiburCache>().Invalidate();
        }

        var a = await SubmitAsync(f, "Warga Satu");
        var b = await SubmitAsync(f, "Warga Dua");
        var c = await SubmitAsync(f, "Warga Tiga");
        var d = await SubmitAsync(f, "Warga Empat");
        clock.SetUtcNow(Wib(2026, 7, 8));
        await DecideAsync(f, a.Id, KeputusanPermohonan.Dikabulkan);
        clock.SetUtcNow(Wib(2026, 7, 10));
        await DecideAsync(f, b.Id, KeputusanPermohonan.Ditolak, "Pasal 17 huruf h");
        clock.SetUtcNow(Wib(2026, 7, 13));
        var keberatan = await ObjectAsync(f, b, AlasanKeberatan.PenolakanPengecualian);
        clock.SetUtcNow(Wib(2026, 7, 14));
        await ExtendAsync(f, d.Id);
        clock.SetUtcNow(Wib(2026, 7, 20));
        await AnswerObjectionAsync(f, keberatan.Id, PutusanKeberatan.Ditolak);
        clock.SetUtcNow(Wib(2026, 7, 22));
        await DecideAsync(f, c.Id, KeputusanPermohonan.TidakDikuasai);
        clock.SetUtcNow(Wib(2026, 7, 24));
        await DecideAsync(f, d.Id, KeputusanPermohonan.DikabulkanSebagian, "Pasal 17 huruf h");
        clock.SetUtcNow(Wib(2026, 7, 27));
        using (var scope = f.Services.CreateScope())
        {
            var sp = scope.ServiceProvider;
            var revisi = await sp.GetRequiredService<SopDbContext>().Keberatan.Where(k => k.Id == keberatan.Id).Select(k => k.Revisi).SingleAsync();
            await sp.GetRequiredService<ILayananInformasi>().RecordDisputeAsync(keberatan.Id, revisi, new DateOnly(2026, 7, 27), "Register KI Jateng", await ActorAsync(sp, "ppid"), CancellationToken.None);
        }

        clock.SetUtcNow(Wib(2026, 8, 3));
        await SubmitAsync(f, "Warga Lima");
        clock.SetUtcNow(Wib(2026, 8, 4));
        return f;
    }

    [Fact]
    public async Task Year_FiguresOnThePage_InTheApi_AndInTheXlsx()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 6));
        using var f = await YearAsync(clock);

        var page = await (await Browser.SignInAsync(f, "ppid")).GetAsync("/admin/layanan/laporan?tahun=2026");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        string Angka(string key) => page.Document.QuerySelector($"[data-angka={key}]")!.TextContent.Trim();
        Assert.Equal("5", Angka("diterima"));
        Assert.Equal("1", Angka("dikabulkan"));
        Assert.Equal("1", Angka("dikabulkan-sebagian"));
        Assert.Equal("1", Angka("ditolak"));
        Assert.Equal("1", Angka("tidak-dikuasai"));
        Assert.Equal("1", Angka("proses"));
        Assert.Equal("8,0 hari kerja", Angka("rata-rata"));
        Assert.Equal("14 hari kerja", Angka("terlama"));
        Assert.Equal("1", Angka("diperpanjang"));
        Assert.Equal("1", Angka("terlambat"));
        Assert.Equal("1", Angka("keberatan"));
        Assert.Equal("1", Angka("keberatan-ditolak"));
        Assert.Equal("0", Angka("keberatan-diterima"));
        Assert.Equal("1", Angka("sengketa"));
        var refusals = page.Document.QuerySelector("[data-testid=penolakan-per-alasan]")!.TextContent;
        Assert.Contains("Pasal 17 huruf h: mengungkap rahasia pribadi", refusals, StringComparison.Ordinal);
        Assert.Contains("2", refusals, StringComparison.Ordinal);
        var july = page.Document.QuerySelector("[data-testid=bulanan] tr[data-bulan='7']")!.QuerySelectorAll("td").Select(t => t.TextContent).ToArray();
        Assert.Equal(["4", "1", "1", "1", "1", "0", "8,0", "1"], july);
        var august = page.Document.QuerySelector("[data-testid=bulanan] tr[data-bulan='8']")!.QuerySelectorAll("td").Select(t => t.TextContent).ToArray();
        Assert.Equal(["1", "0", "0", "0", "0", "1", "-", "0"], august);

        // The API: same figures, Indonesian wire names; refused to those without LihatLaporanLayanan.
        var api = await (await Api.ClientForAsync(f, "ppid")).GetAsync(new Uri("/api/v1/layanan/laporan/2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var json = await api.JsonAsync();
        Assert.Equal(5, json.GetProperty("diterima").GetInt32());
        Assert.Equal(8.0, json.GetProperty("rataRataHariKerja").GetDouble());
        Assert.Equal(14, json.GetProperty("terlamaHariKerja").GetInt32());
        Assert.Equal(2, json.GetProperty("penolakanPerAlasan")[0].GetProperty("jumlah").GetInt32());
        Assert.Equal("Pasal 17 huruf h", json.GetProperty("penolakanPerAlasan")[0].GetProperty("alasan").GetString());
        Assert.Equal(1, json.GetProperty("keberatan").GetProperty("ditolak").GetInt32());
        Assert.Equal(12, json.GetProperty("bulanan").GetArrayLength());
        var staf = await (await Api.ClientForAsync(f, "staf")).GetAsync(new Uri("/api/v1/layanan/laporan/2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, staf.StatusCode);
        var future = await (await Api.ClientForAsync(f, "ppid")).GetAsync(new Uri("/api/v1/layanan/laporan/2027", UriKind.Relative));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);

        // The XLSX: three sheets; the register without NIK, address or contact.
        var xlsx = await (await Browser.SignInAsync(f, "ppid")).Http.GetAsync(new Uri("/admin/layanan/laporan?handler=Xlsx&tahun=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(["Ringkasan", "Bulanan", "Register"], book.Worksheets.Select(w => w.Name).ToArray());
        var ringkasan = book.Worksheet("Ringkasan");
        double Value(string label) => ringkasan.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight().GetDouble();
        Assert.Equal(5, Value("Permohonan diterima"));
        Assert.Equal(1, Value("Ditolak"));
        Assert.Equal(8.0, Value("Rata-rata waktu jawab (hari kerja)"));
        Assert.Equal(14, Value("Waktu jawab terlama (hari kerja)"));
        Assert.Equal(1, Value("Sengketa ke Komisi Informasi"));
        var bulanan = book.Worksheet("Bulanan");
        Assert.Equal("Juli", bulanan.Cell(8, 1).GetString());
        Assert.Equal(4, bulanan.Cell(8, 2).GetDouble());
        Assert.Equal(5, bulanan.Cell(14, 2).GetDouble());
        var register = book.Worksheet("Register");
        Assert.Equal(6, register.LastRowUsed().RowNumber());
        var text = string.Join("|", register.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Warga Dua", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Melati", text, StringComparison.Ordinal);
        Assert.DoesNotContain("081234567890", text, StringComparison.Ordinal);

        // The printed sheet and the public report (no names).
        var print = await (await Browser.SignInAsync(f, "atasan")).GetAsync("/admin/layanan/laporan/cetak?tahun=2026");
        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2026", print.Text(), StringComparison.Ordinal);
        var publik = await new Browser(f).GetAsync("/ppid/laporan/2026");
        Assert.Equal(HttpStatusCode.OK, publik.Status);
        Assert.Equal("5", publik.Document.QuerySelector("[data-angka=diterima]")!.TextContent.Trim());
        Assert.DoesNotContain("Warga", publik.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await new Browser(f).GetAsync("/ppid/laporan/2030")).Status);
    }

    [Fact]
    public async Task Ppid_ShowsThisYearsFigures_AndFollowsTheDesk()
    {
        var clock = new FakeTimeProvider(Wib(2026, 7, 6));
        using var f = await YearAsync(clock);
        var anonymous = new Browser(f);

        var before = await anonymous.GetAsync("/ppid");
        var section = before.Document.QuerySelector("[data-testid=statistik-layanan]");
        Assert.NotNull(section);
        Assert.Contains("tahun 2026", section.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", section.QuerySelector("[data-angka=diterima]")!.TextContent.Trim());
        Assert.Equal("4", section.QuerySelector("[data-angka=dijawab]")!.TextContent.Trim());
        Assert.Equal("8,0 hari kerja", section.QuerySelector("[data-angka=rata-rata]")!.TextContent.Trim());
        Assert.Equal("1", section.QuerySelector("[data-angka=keberatan]")!.TextContent.Trim());

        // /ppid is cached; a new request evicts it at once.
        await SubmitAsync(f, "Warga Enam");
        var after = await anonymous.GetAsync("/ppid");
        Assert.Equal("6", after.Document.QuerySelector("[data-testid=statistik-layanan] [data-angka=diterima]")!.TextContent.Trim());
    }
}
