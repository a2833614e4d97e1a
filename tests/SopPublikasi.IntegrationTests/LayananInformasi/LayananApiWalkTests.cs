using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// A request walked through each outcome over HTTP only, as a resident and the office would: the public POST and
/// tracking, the office's moves with tokens and If-Match. The clock starts on Friday 6 November 2026, 15.00 WIB; the
/// only holiday is Wednesday 11 November (added in the test), so the 10 working days run Mon 9, Tue 10, Thu 12 ...
/// Mon 23 November (without the holiday and the weekend it would be Thursday 19th).
/// </summary>
public sealed class LayananApiWalkTests
{
    private static readonly DateOnly Holiday = new(2026, 11, 11);
    private static readonly DateOnly Deadline = new(2026, 11, 23);

    private static FakeTimeProvider FridayAfternoon() => new(new DateTimeOffset(2026, 11, 6, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Granted_PreparedByStaffDecidedByPpid_TrackingShowsTheAnswer()
    {
        var clock = FridayAfternoon();
        using var factory = await DeskApi.BootAsync(clock, Holiday);
        var resident = Api.Anonymous(factory);

        var created = await DeskApi.SubmittedAsync(resident);
        var nomor = created.GetProperty("nomorRegister").GetString()!;
        var kode = created.GetProperty("kodeLacak").GetString()!;
        DeskApi.EndOf(Deadline, created.GetProperty("batasWaktu"));
        Assert.Contains("/ppid/lacak?nomor=" + Uri.EscapeDataString(nomor) + "&kode=" + kode, created.GetProperty("tautanLacak").GetString(), StringComparison.Ordinal);
        DeskApi.NoPersonalData(created.GetRawText());

        using (var tracked = await DeskApi.TrackAsync(resident, nomor, kode))
        {
            var text = await tracked.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
            Assert.Equal("no-store", tracked.Headers.CacheControl?.ToString());
            var view = JsonDocument.Parse(text).RootElement;
            Assert.Equal("Diterima", view.GetProperty("status").GetString());
            Assert.False(view.GetProperty("terlambat").GetBoolean());
            DeskApi.NoPersonalData(text);
        }

        var id = created.GetProperty("id").GetGuid();
        var url = $"/api/v1/layanan/permohonan/{id}";
        clock.Advance(TimeSpan.FromDays(3)); // Monday 9th
        var prepared = await DeskApi.MovedAsync(await DeskApi.OfficeAsync(factory, "staf"), url, new
        {
            aksi = "siapkan",
            keputusan = "Dikabulkan",
            jawaban = "Daftar penerima BLT Dana Desa 2026 terlampir dalam bentuk PDF.",
        });
        Assert.Equal("JawabanDisiapkan", prepared.GetProperty("status").GetString());
        Assert.Equal("Dikabulkan", prepared.GetProperty("usulanKeputusan").GetString());

        clock.Advance(TimeSpan.FromDays(1)); // Tuesday 10th, 15.00 WIB
        var decided = await DeskApi.MovedAsync(await DeskApi.OfficeAsync(factory, "ppid"), url, new
        {
            aksi = "putuskan",
            keputusan = "Dikabulkan",
            jawaban = "Daftar penerima BLT Dana Desa 2026 terlampir dalam bentuk PDF.",
        });
        Assert.Equal("Dijawab", decided.GetProperty("status").GetString());
        Assert.Equal(2, decided.GetProperty("lamaHariKerja").GetInt32()); // Monday and Tuesday
        var history = decided.GetProperty("riwayat").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], history.Select(h => h.GetProperty("urutan").GetInt32()));
        Assert.Equal(3, history.Select(h => h.GetProperty("hash").GetString()).Distinct().Count());

        using var answered = await DeskApi.TrackAsync(resident, nomor, kode);
        var answer = await answered.JsonAsync();
        Assert.Equal("Dijawab", answer.GetProperty("status").GetString());
        Assert.Equal("Dikabulkan", answer.GetProperty("keputusan").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("keputusanNama").GetString()));
        Assert.Contains("terlampir", answer.GetProperty("jawaban").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, answer.GetProperty("keberatan").GetArrayLength());
    }

    [Fact]
    public async Task ExtendedThenGranted_DeadlineMovesSevenWorkingDays_AnswerAfterTheFirstDeadlineIsNotLate()
    {
        var clock = FridayAfternoon();
        using var factory = await DeskApi.BootAsync(clock, Holiday);
        var created = await DeskApi.SubmittedAsync(Api.Anonymous(factory));
        var url = $"/api/v1/layanan/permohonan/{created.GetProperty("id").GetGuid()}";
        var ppid = await DeskApi.OfficeAsync(factory, "ppid");

        clock.Advance(TimeSpan.FromDays(13)); // Thursday 19th: before the deadline of Monday 23rd
        var extended = await DeskApi.MovedAsync(ppid, url, new { aksi = "perpanjang", alasan = "Data penerima masih direkap dari sebelas desa." });
        DeskApi.EndOf(new DateOnly(2026, 12, 2), extended.GetProperty("batasWaktu")); // Tue 24 ... Wed 2 December
        Assert.Equal("Data penerima masih direkap dari sebelas desa.", extended.GetProperty("alasanPerpanjangan").GetString());

        // The one extension is the only one (UU 14/2008 Pasal 22 (8)): a second is refused by the desk's rules.
        var (_, etag) = await DeskApi.ReadAsync(ppid, url);
        using (var again = await DeskApi.MoveAsync(ppid, url + "/transisi", etag, new { aksi = "perpanjang", alasan = "Sekali lagi." }))
        {
            await again.ProblemAsync(409);
        }

        clock.Advance(TimeSpan.FromDays(7)); // Thursday 26th: past the first deadline, within the extension
        using (var register = await ppid.GetAsync(new Uri("/api/v1/layanan/permohonan?terlambat=true", UriKind.Relative)))
        {
            Assert.Equal(0, (await register.JsonAsync()).GetProperty("total").GetInt32());
        }

        var decided = await DeskApi.MovedAsync(ppid, url, new { aksi = "putuskan", keputusan = "Dikabulkan", jawaban = "Rekap terlampir." });
        Assert.Equal("Dijawab", decided.GetProperty("status").GetString());
        Assert.False(decided.GetProperty("terlambat").GetBoolean());
        Assert.Equal(13, decided.GetProperty("lamaHariKerja").GetInt32()); // 9, 10, 12, 13, 16-20, 23-26: the holiday does not count
    }

    [Fact]
    public async Task Refused_WithoutAConsequenceTest422_WithOne200_TrackingShowsTheGround()
    {
        var clock = FridayAfternoon();
        using var factory = await DeskApi.BootAsync(clock, Holiday);
        var resident = Api.Anonymous(factory);
        var created = await DeskApi.SubmittedAsync(resident);
        var url = $"/api/v1/layanan/permohonan/{created.GetProperty("id").GetGuid()}";
        var ppid = await DeskApi.OfficeAsync(factory, "ppid");
        clock.Advance(TimeSpan.FromDays(4));

        var (_, etag) = await DeskApi.ReadAsync(ppid, url);
        using (var bare = await DeskApi.MoveAsync(ppid, url + "/transisi", etag, new { aksi = "putuskan", keputusan = "Ditolak", jawaban = "Informasi dikecualikan." }))
        {
            var problem = await bare.ProblemAsync(422);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), problem.GetRawText());
        }

        var refused = await DeskApi.MovedAsync(ppid, url, new
        {
            aksi = "putuskan",
            keputusan = "Ditolak",
            jawaban = "Data NIK penerima termasuk informasi yang dikecualikan.",
            alasanPengecualian = "Pasal 17 huruf h",
            ujiDokumen = "Daftar penerima BLT Dana Desa 2026",
            ujiInformasiDikecualikan = "NIK dan alamat penerima",
            ujiDasarHukum = "UU 14/2008 Pasal 17 huruf h",
            ujiPertimbangan = "Membuka data pribadi penerima merugikan mereka lebih dari manfaatnya bagi publik.",
            ujiJangkaWaktu = "Selama penerima hidup",
        });
        Assert.Equal("Ditolak", refused.GetProperty("keputusan").GetString());
        Assert.Equal("NIK dan alamat penerima", refused.GetProperty("ujiKonsekuensi").GetProperty("informasiDikecualikan").GetString());

        using var tracked = await DeskApi.TrackAsync(resident, created.GetProperty("nomorRegister").GetString()!, created.GetProperty("kodeLacak").GetString()!);
        var view = await tracked.JsonAsync();
        Assert.Equal("Ditolak", view.GetProperty("keputusan").GetString());
        Assert.Equal("Pasal 17 huruf h", view.GetProperty("alasanPengecualian").GetString());
        Assert.False(view.TryGetProperty("ujiKonsekuensi", out _)); // the office's record, not the requester's view
    }

    [Fact]
    public async Task ObjectedThenUpheldByTheAtasan_ObjectionClockIs30WorkingDays_TrackingShowsTheOutcome()
    {
        var clock = FridayAfternoon();
        using var factory = await DeskApi.BootAsync(clock, Holiday);
        var resident = Api.Anonymous(factory);
        var created = await DeskApi.SubmittedAsync(resident);
        var nomor = created.GetProperty("nomorRegister").GetString()!;
        var kode = created.GetProperty("kodeLacak").GetString()!;
        var url = $"/api/v1/layanan/permohonan/{created.GetProperty("id").GetGuid()}";
        clock.Advance(TimeSpan.FromDays(4)); // Tuesday 10th
        await DeskApi.MovedAsync(await DeskApi.OfficeAsync(factory, "ppid"), url, new
        {
            aksi = "putuskan",
            keputusan = "Ditolak",
            jawaban = "Informasi dikecualikan.",
            alasanPengecualian = "Pasal 17 huruf h",
            ujiDokumen = "Daftar penerima",
            ujiInformasiDikecualikan = "NIK penerima",
            ujiDasarHukum = "UU 14/2008 Pasal 17 huruf h",
            ujiPertimbangan = "Data pribadi.",
            ujiJangkaWaktu = "Tidak terbatas",
        });

        clock.Advance(TimeSpan.FromDays(2)); // Thursday 12th
        using var filed = await DeskApi.ObjectAsync(resident, nomor, kode, new
        {
            alasan = new[] { "PenolakanPengecualian" },
            uraian = "Saya hanya meminta jumlah penerima per desa, bukan NIK.",
        });
        var filedText = await filed.Content.ReadAsStringAsync();
        Assert.True(filed.StatusCode == HttpStatusCode.Created, filedText);
        var objection = JsonDocument.Parse(filedText).RootElement;
        DeskApi.EndOf(new DateOnly(2026, 12, 24), objection.GetProperty("batasWaktu")); // 30 working days after Thursday 12 November

        var atasan = await DeskApi.OfficeAsync(factory, "atasan");
        var keberatanUrl = $"/api/v1/layanan/keberatan/{objection.GetProperty("id").GetGuid()}";
        using (var register = await atasan.GetAsync(new Uri("/api/v1/layanan/keberatan?status=Diterima", UriKind.Relative)))
        {
            var items = (await register.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(nomor, Assert.Single(items).GetProperty("nomorPermohonan").GetString());
        }

        // The PPID Pembantu may not answer an objection; the atasan does.
        var (_, etag) = await DeskApi.ReadAsync(atasan, keberatanUrl);
        using (var notHis = await DeskApi.MoveAsync(await DeskApi.OfficeAsync(factory, "ppid"), keberatanUrl + "/transisi", etag, new { aksi = "jawab", putusan = "Dikabulkan", tanggapan = "Diterima." }))
        {
            await notHis.ProblemAsync(403);
        }

        clock.Advance(TimeSpan.FromDays(5));
        var upheld = await DeskApi.MovedAsync(atasan, keberatanUrl, new
        {
            aksi = "jawab",
            putusan = "Dikabulkan",
            tanggapan = "Keberatan diterima: PPID memberikan jumlah penerima per desa tanpa NIK dalam 7 hari kerja.",
        });
        Assert.Equal("Dijawab", upheld.GetProperty("status").GetString());
        Assert.Equal("Dikabulkan", upheld.GetProperty("putusan").GetString());

        using var tracked = await DeskApi.TrackAsync(resident, nomor, kode);
        var text = await tracked.Content.ReadAsStringAsync();
        var keberatan = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("keberatan").EnumerateArray());
        Assert.Equal("Dikabulkan", keberatan.GetProperty("putusan").GetString());
        Assert.False(string.IsNullOrEmpty(keberatan.GetProperty("putusanNama").GetString()));
        DeskApi.NoPersonalData(text);
    }
}
