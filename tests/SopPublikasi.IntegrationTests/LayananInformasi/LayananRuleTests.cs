using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// The desk's rules through its service in the booted app (fake clock, November 2026 without holidays): a late
/// answer, the numbering sequence and its roll-over into a new year, a wrong code, a stale revisi, refused moves with
/// their messages, the input checks.
/// </summary>
public sealed class LayananRuleTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, Wib);

    private static async Task<(SopAppFactory App, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Monday);
        var f = new SopAppFactory { Clock = clock };
        await f.SeedUsersAsync();
        return (f, clock);
    }

    [Fact]
    public async Task LateAnswer_IsGivenAndRecordedAsLate_TheExtensionAfterTheDeadlineIsRefused()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var ppid = await Desk.ActorAsync(f, "ppid");
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 23, 59, 59, Wib), t.BatasWaktu);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 17, 8, 0, 0, Wib));
        var extend = await Assert.ThrowsAsync<LayananRuleException>(() => Desk.RunAsync(f, d => d.ExtendAsync(t.Id, 0, "Terlambat", ppid, default)));
        Assert.Equal("Batas waktu jawaban sudah lewat (Senin, 16 November 2026 pukul 23.59 WIB); perpanjangan harus diberikan sebelum batas waktu.", extend.Message);

        await Desk.RunAsync(f, d => d.DecideAsync(t.Id, 0, Desk.Granted(), ppid, default));
        var p = Desk.Load(f, t.Id);
        Assert.Equal(11, p.LamaHariKerja);
        Assert.EndsWith("; 11 hari kerja; terlambat (batas waktu Senin, 16 November 2026 pukul 23.59 WIB).", Desk.History(f, t.Id)[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_RunPerYear_AndStartAgainInJanuary_KeberatanHasItsOwn()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default))).NomorRegister);
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, Wib));
        numbers.Add((await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default))).NomorRegister);

        // 17.00 UTC on 31 December is already 1 January in WIB.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var january = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        numbers.Add(january.NomorRegister);

        Assert.Equal(["001/PPID-KEC/XI/2026", "002/PPID-KEC/XI/2026", "003/PPID-KEC/XI/2026", "004/PPID-KEC/XII/2026", "001/PPID-KEC/I/2027"], numbers);
        Assert.Equal((2027, 1), f.WithDb(db => db.Permohonan.Where(p => p.Id == january.Id).Select(p => new { p.Tahun, p.Urutan }).AsEnumerable().Select(p => (p.Tahun, p.Urutan)).Single()));
    }

    [Fact]
    public async Task Numbers_TwoInstancesAtOnce_EachNumberOnce()
    {
        using var database = TestDatabase.Create();
        var clock = new FakeTimeProvider(Monday);
        using var a = new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        using var b = new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        _ = a.Services;
        _ = b.Services;

        var submissions = Enumerable.Range(0, 8).Select(i => Desk.RunAsync(i % 2 == 0 ? a : b, d => d.SubmitAsync(Desk.Input(), null, default)));
        var all = await Task.WhenAll(submissions);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"{i:000}/PPID-KEC/XI/2026"), all.Select(t => t.NomorRegister).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WrongCodeOrNumber_FindsNothing()
    {
        var (f, _) = await StartAsync();
        using var app = f;
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        var other = KodeLacak.New();

        Assert.NotNull(await Desk.RunAsync(f, d => d.FindForRequesterAsync(t.NomorRegister, t.KodeLacak.Replace("-", string.Empty, StringComparison.Ordinal), default)));
        Assert.Null(await Desk.RunAsync(f, d => d.FindForRequesterAsync(t.NomorRegister, other, default)));
        Assert.Null(await Desk.RunAsync(f, d => d.FindForRequesterAsync(t.NomorRegister, "", default)));
        Assert.Null(await Desk.RunAsync(f, d => d.FindForRequesterAsync("002/PPID-KEC/XI/2026", t.KodeLacak, default)));
    }

    [Fact]
    public async Task StaleRevisi_IsRefused_NothingChanges()
    {
        var (f, _) = await StartAsync();
        using var app = f;
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        await Desk.RunAsync(f, async d => await d.PrepareAsync(t.Id, 0, Desk.Granted(), await Desk.ActorAsync(f, "staf"), default));

        var stale = await Assert.ThrowsAsync<LayananConflictException>(() =>
            Desk.RunAsync(f, async d => await d.DecideAsync(t.Id, 0, Desk.Refused(), await Desk.ActorAsync(f, "ppid"), default)));

        Assert.Contains("diubah orang lain", stale.Message, StringComparison.Ordinal);
        Assert.Equal(StatusPermohonan.JawabanDisiapkan, Desk.Load(f, t.Id).Status);
        Assert.Equal(2, Desk.History(f, t.Id).Count);
    }

    [Fact]
    public async Task Objection_BeforeTheDeadline_AfterTheWindow_AndASecondWhileOneWaits_AreRefused()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        var t2 = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input("Budi"), null, default));
        var input = new KeberatanInput([AlasanKeberatan.TidakDitanggapi], "Belum ada jawaban.");

        var early = await Assert.ThrowsAsync<LayananRuleException>(() => Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak, input, default)));
        Assert.StartsWith("Permohonan masih diproses", early.Message, StringComparison.Ordinal);

        // Not answered by Monday 16 November: the ground arose then, and the window is 30 working days from it.
        var window = await f.Services.GetRequiredService<IWorkingDayCalendar>().DeadlineAsync(t.BatasWaktu, 30, default);
        clock.SetUtcNow(window.AddSeconds(-1));
        await Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak, input, default));
        var second = await Assert.ThrowsAsync<LayananRuleException>(() => Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak, input, default)));

        clock.SetUtcNow(window.AddSeconds(1));
        var late = await Assert.ThrowsAsync<LayananRuleException>(() => Desk.RunAsync(f, d => d.FileObjectionAsync(t2.NomorRegister, t2.KodeLacak, input, default)));
        Assert.StartsWith("Batas pengajuan keberatan sudah lewat: keberatan diajukan paling lambat 30 hari kerja sejak batas waktu jawaban", late.Message, StringComparison.Ordinal);
        Assert.Equal("Keberatan sebelumnya atas permohonan ini masih menunggu tanggapan atasan PPID.", second.Message);
    }

    [Fact]
    public async Task Submit_BadInput_EveryFieldItsMessage_NothingSaved()
    {
        var (f, _) = await StartAsync();
        using var app = f;
        var bad = Desk.Input() with
        {
            NomorIdentitas = "33130456",
            Telepon = " ",
            Email = null,
            CaraMendapatkanSalinan = null,
            Persetujuan = false,
            RincianInformasi = new string('x', 4001),
            Identitas = new UnggahanIdentitas("ktp.png", "image/png", () => new MemoryStream("GIF89a-bukan-png"u8.ToArray())),
        };

        var e = await Assert.ThrowsAsync<InputException>(() => Desk.RunAsync(f, d => d.SubmitAsync(bad, null, default)));

        Assert.Equal(["caraMendapatkanSalinan", "email", "nomorIdentitas", "persetujuan", "rincianInformasi"], e.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("NIK harus 16 angka.", e.Errors["nomorIdentitas"].Single());
        Assert.Equal(0, f.WithDb(db => db.Permohonan.Count()));

        var scan = await Assert.ThrowsAsync<InputException>(() => Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input() with { Identitas = bad.Identitas }, null, default)));
        Assert.Equal("Pindaian identitas harus berupa JPEG, PNG, atau PDF.", scan.Errors["identitas"].Single());
        Assert.Equal(0, f.WithDb(db => db.Permohonan.Count()));
    }

    [Fact]
    public async Task Submit_ByStaff_NeedsCatatPermohonan_KeepsTheChannel()
    {
        var (f, _) = await StartAsync();
        using var app = f;

        await Assert.ThrowsAsync<LayananForbiddenException>(async () =>
            await Desk.RunAsync(f, async d => await d.SubmitAsync(Desk.Input() with { Saluran = SaluranPermohonan.Surat }, await Desk.ActorAsync(f, "staf"), default)));
        var t = await Desk.RunAsync(f, async d => await d.SubmitAsync(Desk.Input() with { Saluran = SaluranPermohonan.Surat }, await Desk.ActorAsync(f, "agendaris"), default));

        Assert.Equal(SaluranPermohonan.Surat, Desk.Load(f, t.Id).Saluran);
        var entry = Assert.Single(Desk.History(f, t.Id));
        Assert.Equal((PermohonanWorkflow.Terima, "Uji agendaris"), (entry.Action, entry.ActorName));
    }
}
