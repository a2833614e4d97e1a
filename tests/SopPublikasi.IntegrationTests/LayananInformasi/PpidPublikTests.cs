using System.Net;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Publik;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The app with a real SMTP server (aiosmtpd) for the requester's e-mails, and a large sending budget.</summary>
public sealed class PpidPublikFixture : IAsyncLifetime
{
    public SmtpTestServer Smtp { get; } = new();

    public SopAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        foreach (var (key, value) in Smtp.Settings())
        {
            Factory.Settings[key] = value;
        }

        Factory.Settings["LayananInformasi:Publik:BatasKiriman"] = "1000";
        await Factory.SeedUsersAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The resident's request form, receipt, tracking page and objection form (issue 23), over HTTP with antiforgery as a
/// browser sends them.
/// </summary>
public sealed class PpidPublikTests(PpidPublikFixture fixture) : IClassFixture<PpidPublikFixture>
{
    private SopAppFactory App => fixture.Factory;

    private int Count(string nama) => App.WithDb(db => db.Permohonan.Count(p => p.NamaPemohon == nama));

    [Fact]
    public async Task Form_MissingAndWrongFields_ErrorBesideEachField_TypedValuesKept_NothingSaved()
    {
        var browser = new Browser(App);
        var page = await browser.SubmitAsync("/ppid/permohonan", "form[data-testid=form-permohonan]", PpidPublik.Fields("Warga Salah Isi", change: f =>
        {
            f["Input.Alamat"] = "";
            f["Input.RincianInformasi"] = "";
            f["Input.Telepon"] = "";
            f.Remove("Input.Persetujuan");
            f["Input.CaraMendapatkanSalinan"] = "";
        }));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        string Beside(string field) => page.Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;
        Assert.Equal("Isi alamat.", Beside("Input.Alamat"));
        Assert.Equal("Tuliskan informasi yang Anda butuhkan.", Beside("Input.RincianInformasi"));
        Assert.Contains("salah satu", Beside("Input.Telepon"), StringComparison.Ordinal);
        Assert.Equal("Pilih cara mendapatkan salinan.", Beside("Input.CaraMendapatkanSalinan"));
        Assert.Equal("Centang persetujuan agar permohonan dapat kami proses.", Beside("Input.Persetujuan"));
        Assert.Equal("true", page.Document.QuerySelector("#Input_Alamat")!.GetAttribute("aria-invalid"));

        // What was typed is still there (the file is not: the page says so).
        Assert.Equal("Warga Salah Isi", page.Document.QuerySelector("#Input_NamaPemohon")!.GetAttribute("value"));
        Assert.Equal("3313012304850001", page.Document.QuerySelector("#Input_NomorIdentitas")!.GetAttribute("value"));
        Assert.Contains("Bahan diskusi warga", page.Document.QuerySelector("#Input_TujuanPenggunaan")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.CaraMemperoleh'][value=SalinanSoftcopy][checked]"));
        Assert.Equal(0, Count("Warga Salah Isi"));

        // The desk's own checks land beside the fields too: a NIK that is not 16 digits.
        var nik = await browser.SubmitFormAsync(page, "form[data-testid=form-permohonan]", PpidPublik.Fields("Warga Salah Isi", change: f => f["Input.NomorIdentitas"] = "12345"));
        Assert.Contains("16", nik.Document.QuerySelector("[data-valmsg-for='Input.NomorIdentitas']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Count("Warga Salah Isi"));
    }

    [Fact]
    public async Task Form_WithAFileAndAnError_SaysTheFileMustBeChosenAgain()
    {
        var page = await new Browser(App).SubmitAsync("/ppid/permohonan", "form[data-testid=form-permohonan]",
            PpidPublik.Fields("Warga Berkas", change: f => f["Input.Alamat"] = ""), [("Identitas", "ktp.pdf", Sop.Pdf())]);

        Assert.NotNull(page.Document.QuerySelector("[data-testid=berkas-hilang]"));
        Assert.Equal(0, Count("Warga Berkas"));
    }

    [Fact]
    public async Task Honeypot_Filled_Refused_NothingSaved()
    {
        var page = await new Browser(App).SubmitAsync("/ppid/permohonan", "form[data-testid=form-permohonan]",
            PpidPublik.Fields("Robot Pengisi", change: f => f["Input.Situs"] = "https://spam.example"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(0, Count("Robot Pengisi"));
    }

    [Fact]
    public async Task Success_RedirectsToReceipt_NumberCodeDeadlineLink_ShownOnce_PrivateHeaders()
    {
        var browser = new Browser(App);
        var response = await browser.Http.GetAsync(new Uri("/ppid/permohonan", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var receipt = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Berhasil", change: f => f["Input.Email"] = ""));

        Assert.Matches(@"^\d{3}/PPID-KEC/[IVX]+/\d{4}$", receipt.Nomor);
        Assert.Matches(PpidPublik.KodeShape(), receipt.Kode);
        Assert.EndsWith("(akhir hari kerja)", receipt.Batas, StringComparison.Ordinal);
        Assert.Equal(PpidTautan.Lacak(receipt.Nomor, receipt.Kode), receipt.Link);
        Assert.Contains("Simpan kode lacak ini", receipt.Page.Text(), StringComparison.Ordinal);
        Assert.Equal(1, Count("Warga Berhasil"));
        var stored = App.WithDb(db => db.Permohonan.Single(p => p.NamaPemohon == "Warga Berhasil"));
        Assert.Equal(receipt.Nomor, stored.NomorRegister);

        // Shown once: the same page again no longer carries the code.
        var again = await browser.GetAsync("/ppid/permohonan/terkirim");
        Assert.Null(again.Document.QuerySelector("[data-testid=kode-lacak]"));
        Assert.DoesNotContain(receipt.Kode, again.Html, StringComparison.Ordinal);

        var headers = await browser.Http.GetAsync(new Uri("/ppid/permohonan/terkirim", UriKind.Relative));
        Assert.Equal("no-store", headers.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", headers.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task DoubleSubmit_SameForm_OneRequest_BothLandOnTheSameNumberAndCode()
    {
        var browser = new Browser(App);
        var form = await browser.GetAsync("/ppid/permohonan");
        var fields = PpidPublik.Fields("Warga Klik Dua Kali");

        var first = PpidPublik.ReadReceipt(await browser.SubmitFormAsync(form, "form[data-testid=form-permohonan]", fields));
        var second = PpidPublik.ReadReceipt(await browser.SubmitFormAsync(form, "form[data-testid=form-permohonan]", fields));

        Assert.Equal(first.Nomor, second.Nomor);
        Assert.Equal(first.Kode, second.Kode);
        Assert.Equal(1, Count("Warga Klik Dua Kali"));
    }

    [Fact]
    public async Task Tracking_RightCode_StatusAndDeadline_WrongCodeOrNumber_OneNeutralMessage()
    {
        var browser = new Browser(App);
        var receipt = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Pelacak"));

        var response = await browser.Http.GetAsync(new Uri(receipt.Link, UriKind.Relative));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        var page = await Page.ReadAsync(response);
        Assert.Equal("Diterima", page.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal(receipt.Batas, page.Document.QuerySelector("[data-testid=batas-waktu] time")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("[data-testid=tautan-keberatan]")); // not before the answer or the deadline
        Assert.DoesNotContain("3313012304850001", page.Html, StringComparison.Ordinal); // no personal data on the page

        // The code typed in lower case, without the dash, through the form: the same request.
        var typed = await browser.GetAsync(PpidTautan.Lacak(receipt.Nomor, receipt.Kode.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.Equal("Diterima", typed.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());

        var wrongCode = await browser.GetAsync(PpidTautan.Lacak(receipt.Nomor, receipt.Kode == "AAAA-AAAA" ? "BBBB-BBBB" : "AAAA-AAAA"));
        var wrongNumber = await browser.GetAsync(PpidTautan.Lacak("999/PPID-KEC/I/2020", receipt.Kode));
        foreach (var wrong in new[] { wrongCode, wrongNumber })
        {
            Assert.Null(wrong.Document.QuerySelector("[data-testid=status]"));
            Assert.Equal(Module.LayananInformasi.Publik.Pages.LacakModel.TidakCocok, wrong.Document.QuerySelector("[data-testid=galat-lacak]")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Answered_TrackingShowsDecisionAndAttachment_DownloadChecksTheCodeAgain()
    {
        var browser = new Browser(App);
        var receipt = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Lampiran"));
        await PpidPublik.AnswerAsync(App, receipt.Nomor, ("rka-2026.pdf", Sop.Pdf()));

        var page = await browser.GetAsync(receipt.Link);
        Assert.Equal("Dijawab", page.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("Dikabulkan", page.Document.QuerySelector("[data-testid=keputusan]")!.TextContent.Trim());
        Assert.Contains("Dokumen RKA 2026", page.Document.QuerySelector("[data-testid=isi-jawaban]")!.TextContent, StringComparison.Ordinal);
        var href = page.Document.QuerySelector("[data-testid=lampiran] a")!.GetAttribute("href")!;

        var file = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Sop.Pdf(), await file.Content.ReadAsByteArrayAsync());

        var id = href[(href.LastIndexOf("id=", StringComparison.Ordinal) + 3)..];
        var wrong = await browser.Http.GetAsync(new Uri($"/ppid/lacak/lampiran?nomor={Uri.EscapeDataString(receipt.Nomor)}&kode=AAAA-AAAB&id={id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        // Another request's code does not open this request's attachment.
        var other = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Lain"));
        var foreign = await browser.Http.GetAsync(new Uri(PpidTautan.Lampiran(other.Nomor, other.Kode, Guid.Parse(id)), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Objection_BeforeTheAnswer_RefusalShown_AfterIt_FiledAndTracked()
    {
        var browser = new Browser(App);
        var receipt = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Keberatan"));
        var fields = new Dictionary<string, object>
        {
            ["Nomor"] = receipt.Nomor,
            ["Kode"] = receipt.Kode,
            ["Alasan"] = new[] { "TidakSesuaiPermintaan", "BiayaTidakWajar" },
            ["Uraian"] = "Dokumen yang diberikan bukan RKA 2026 melainkan RKA 2025.",
        };

        var early = await browser.SubmitAsync("/ppid/keberatan", "form[data-testid=form-keberatan]", fields);
        Assert.Contains("masih diproses", early.Document.QuerySelector("[data-testid=penolakan]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dokumen yang diberikan bukan RKA 2026 melainkan RKA 2025.", early.Document.QuerySelector("#Uraian")!.TextContent);
        Assert.Equal(0, App.WithDb(db => db.Keberatan.Count(k => k.Permohonan!.NomorRegister == receipt.Nomor)));

        var noGround = await browser.SubmitAsync("/ppid/keberatan", "form[data-testid=form-keberatan]", new Dictionary<string, object>(fields) { ["Alasan"] = Array.Empty<string>() });
        Assert.False(string.IsNullOrWhiteSpace(noGround.Document.QuerySelector("[data-valmsg-for=Alasan]")!.TextContent));

        var wrongCode = await browser.SubmitAsync("/ppid/keberatan", "form[data-testid=form-keberatan]", new Dictionary<string, object>(fields) { ["Kode"] = "AAAA-AAAB" });
        Assert.Equal(Module.LayananInformasi.Publik.Pages.LacakModel.TidakCocok, wrongCode.Document.QuerySelector("[data-testid=penolakan]")!.TextContent.Trim());

        await PpidPublik.AnswerAsync(App, receipt.Nomor);
        var tracking = await browser.GetAsync(receipt.Link);
        var link = tracking.Document.QuerySelector("[data-testid=tautan-keberatan] a")!.GetAttribute("href")!;

        var filed = await browser.SubmitAsync(link, "form[data-testid=form-keberatan]", new Dictionary<string, object> { ["Alasan"] = fields["Alasan"], ["Uraian"] = fields["Uraian"] });
        Assert.StartsWith("/ppid/lacak?", filed.Url, StringComparison.Ordinal);
        Assert.Contains("Keberatan Anda diterima dengan nomor register KEB-", filed.Document.QuerySelector("[data-testid=pesan]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Menunggu tanggapan atasan", filed.Document.QuerySelector("[data-testid=status-keberatan]")!.TextContent.Trim());
        Assert.Null(filed.Document.QuerySelector("[data-testid=tautan-keberatan]")); // one objection waits at a time
        var stored = App.WithDb(db => db.Keberatan.AsNoTracking().Single(k => k.Permohonan!.NomorRegister == receipt.Nomor));
        Assert.Equal([AlasanKeberatan.TidakSesuaiPermintaan, AlasanKeberatan.BiayaTidakWajar], stored.Alasan);
    }

    [Fact]
    public async Task Email_ReceivedMailCarriesNumberAndCode_AnswerMailWithoutTheCode_AddressForgottenWhenSent()
    {
        var address = $"warga-{Guid.NewGuid():N}@contoh.id";
        var browser = new Browser(App);
        var receipt = await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Bersurel", address));
        Assert.Contains("ke e-mail Anda", receipt.Page.Text(), StringComparison.Ordinal);

        var received = await Eventually.WaitAsync(() => fixture.Smtp.Messages().FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == address)), m => m is not null, TimeSpan.FromSeconds(30));
        Assert.NotNull(received);
        Assert.Equal($"Permohonan informasi {receipt.Nomor} diterima", received.Subject);
        Assert.Contains(receipt.Kode, received.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://kecamatan-contoh.karanganyarkab.go.id" + receipt.Link, received.TextBody, StringComparison.Ordinal);

        await PpidPublik.AnswerAsync(App, receipt.Nomor);
        var answered = await Eventually.WaitAsync(() => fixture.Smtp.Messages().FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == address) && (m.Subject ?? string.Empty).Contains("telah dijawab", StringComparison.Ordinal)), m => m is not null, TimeSpan.FromSeconds(30));
        Assert.NotNull(answered);
        Assert.Contains("Keputusan: Dikabulkan", answered.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Kode, answered.TextBody, StringComparison.Ordinal);

        var id = App.WithDb(db => db.Permohonan.Single(p => p.NomorRegister == receipt.Nomor).Id);
        var rows = await Eventually.WaitAsync(
            () => App.WithDb(db => db.SuratPemohon.AsNoTracking().Where(s => s.PermohonanId == id).ToList()),
            r => r.Count == 2 && r.All(s => s.Status == StatusSurat.Terkirim), TimeSpan.FromSeconds(30));
        Assert.All(rows, s => Assert.Equal(StatusSurat.Terkirim, s.Status));
        Assert.All(rows, s => Assert.Null(s.Kepada));
        Assert.All(rows, s => Assert.Null(s.KodeLacak));
    }

    [Fact]
    public async Task NoEmailGiven_NoMailStaged()
    {
        var receipt = await PpidPublik.SubmitAsync(new Browser(App), PpidPublik.Fields("Warga Tanpa Surel"));
        await PpidPublik.AnswerAsync(App, receipt.Nomor);
        var id = App.WithDb(db => db.Permohonan.Single(p => p.NomorRegister == receipt.Nomor).Id);
        Assert.Equal(0, App.WithDb(db => db.SuratPemohon.Count(s => s.PermohonanId == id)));
    }
}
