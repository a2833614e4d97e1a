using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// The four outcomes of a request through the desk's service in the booted app, with a fake clock and a holiday the
/// test adds (Thursday 12 November 2026; no national holiday falls in November 2026): granted; extended then granted;
/// refused with its consequence test; refused, objected and upheld by the atasan PPID. The deadlines cross weekends
/// and the holiday.
/// </summary>
public sealed class LayananOutcomeTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    // Monday 2 November 2026, 09.00 WIB.
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, Wib);

    // 10 working days after Monday 2 November with the holiday on the 12th: Tuesday 17 November, end of day.
    private static readonly DateTimeOffset TenDays = new(2026, 11, 17, 23, 59, 59, Wib);

    private static async Task<(SopAppFactory App, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Monday);
        var f = new SopAppFactory { Clock = clock };
        await f.SeedUsersAsync();
        Desk.AddHoliday(f, new DateOnly(2026, 11, 12), "Hari libur uji");
        return (f, clock);
    }

    [Fact]
    public async Task Granted_NumberCodeDeadlineAcrossWeekendAndHoliday_PreparedThenAnswered_HistoryChained()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var terdaftar = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));

        Assert.Equal("001/PPID-KEC/XI/2026", terdaftar.NomorRegister);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", terdaftar.KodeLacak);
        Assert.Equal(TenDays, terdaftar.BatasWaktu);
        var p = Desk.Load(f, terdaftar.Id);
        Assert.Equal(StatusPermohonan.Diterima, p.Status);
        Assert.Equal(SaluranPermohonan.Daring, p.Saluran);
        Assert.NotEqual(terdaftar.KodeLacak, p.KodeLacakHash);
        Assert.NotNull(await Desk.RunAsync(f, d => d.FindForRequesterAsync(terdaftar.NomorRegister, terdaftar.KodeLacak.ToLowerInvariant(), default)));

        clock.Advance(TimeSpan.FromDays(2));
        await Desk.RunAsync(f, async d => await d.PrepareAsync(terdaftar.Id, 0, Desk.Granted(), await Desk.ActorAsync(f, "staf"), default));
        Assert.Equal(StatusPermohonan.JawabanDisiapkan, Desk.Load(f, terdaftar.Id).Status);

        clock.Advance(TimeSpan.FromDays(1));
        await Desk.RunAsync(f, async d => await d.DecideAsync(terdaftar.Id, 1, Desk.Granted(), await Desk.ActorAsync(f, "ppid"), default));
        p = Desk.Load(f, terdaftar.Id);
        Assert.Equal(StatusPermohonan.Dijawab, p.Status);
        Assert.Equal(KeputusanPermohonan.Dikabulkan, p.Keputusan);
        Assert.Equal(3, p.LamaHariKerja); // Tuesday, Wednesday, Thursday
        Assert.Equal(2, p.Revisi);

        var history = Desk.History(f, terdaftar.Id);
        Assert.Equal([LayananActions.PermohonanDaring, PermohonanWorkflow.Siapkan, PermohonanWorkflow.Jawab], history.Select(h => h.Action));
        Assert.Equal(["pemohon", "Diterima", "JawabanDisiapkan"], history.Select(h => h.ActorId == "pemohon" ? "pemohon" : h.From));
        Assert.Null(LayananHistoryChain.FindBreak(history));
        Assert.All(history, h => Assert.DoesNotContain("3313045607890001", h.Note ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains("Keputusan: Dikabulkan; 3 hari kerja.", history[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extended_SevenMoreWorkingDays_ThenGranted_ASecondExtensionIsRefused()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var ppid = await Desk.ActorAsync(f, "ppid");
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 10, 0, 0, Wib));
        await Desk.RunAsync(f, d => d.ExtendAsync(t.Id, 0, "Informasi masih dihimpun dari tiga desa.", ppid, default));
        var p = Desk.Load(f, t.Id);

        // 18, 19, 20, 23, 24, 25, 26 November.
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 23, 59, 59, Wib), p.BatasWaktu);
        Assert.Equal("Informasi masih dihimpun dari tiga desa.", p.AlasanPerpanjangan);
        var again = await Assert.ThrowsAsync<LayananRuleException>(() =>
            Desk.RunAsync(f, d => d.ExtendAsync(t.Id, 1, "Lagi", ppid, default)));
        Assert.Contains("perpanjangan hanya boleh sekali", again.Message, StringComparison.Ordinal);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 14, 0, 0, Wib));
        await Desk.RunAsync(f, d => d.DecideAsync(t.Id, 1, Desk.Granted(), ppid, default));
        p = Desk.Load(f, t.Id);
        Assert.Equal(StatusPermohonan.Dijawab, p.Status);
        Assert.Equal(16, p.LamaHariKerja);
        Assert.DoesNotContain("terlambat", Desk.History(f, t.Id)[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_WithoutACompleteConsequenceTest_IsInvalid_WithItIsRecorded()
    {
        var (f, _) = await StartAsync();
        using var app = f;
        var ppid = await Desk.ActorAsync(f, "ppid");
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));

        var incomplete = Desk.Refused() with { UjiKonsekuensi = Desk.Refused().UjiKonsekuensi! with { JangkaWaktu = " " }, AlasanPengecualian = "Pasal 18" };
        var invalid = await Assert.ThrowsAsync<InputException>(() => Desk.RunAsync(f, d => d.DecideAsync(t.Id, 0, incomplete, ppid, default)));
        Assert.Contains("ujiKonsekuensi", invalid.Errors.Keys);
        Assert.Contains("alasanPengecualian", invalid.Errors.Keys);
        Assert.Equal(StatusPermohonan.Diterima, Desk.Load(f, t.Id).Status);

        await Desk.RunAsync(f, d => d.DecideAsync(t.Id, 0, Desk.Refused(), ppid, default));
        var p = Desk.Load(f, t.Id);
        Assert.Equal(KeputusanPermohonan.Ditolak, p.Keputusan);
        Assert.Equal("Pasal 17 huruf h", p.AlasanPengecualian);
        Assert.Contains("Selama penerima hidup", p.UjiKonsekuensiJson, StringComparison.Ordinal);
        Assert.Contains("Keputusan: Ditolak (Pasal 17 huruf h)", Desk.History(f, t.Id)[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Objected_AfterRefusal_UpheldByTheAtasan_NotByThePpid()
    {
        var (f, clock) = await StartAsync();
        using var app = f;
        var t = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        await Desk.RunAsync(f, async d => await d.DecideAsync(t.Id, 0, Desk.Refused(), await Desk.ActorAsync(f, "ppid"), default));

        await Assert.ThrowsAsync<NotFoundException>(() => Desk.RunAsync(f, d =>
            d.FileObjectionAsync(t.NomorRegister, "ABCD-EFGH", new KeberatanInput([AlasanKeberatan.PenolakanPengecualian], "x"), default)));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 6, 16, 0, 0, Wib)); // Friday
        var keberatan = await Desk.RunAsync(f, d => d.FileObjectionAsync(t.NomorRegister, t.KodeLacak,
            new KeberatanInput([AlasanKeberatan.PenolakanPengecualian, AlasanKeberatan.TidakDipenuhi], "Data agregat tanpa NIK pun ditolak."), default));
        Assert.Equal("KEB-001/PPID-KEC/2026", keberatan.NomorRegister);

        // 30 working days from Friday 6 November, the holiday on the 12th skipped: Monday 21 December.
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 23, 59, 59, Wib), keberatan.BatasWaktu);
        Assert.Equal("Menunggu tanggapan atasan", LayananLabels.Keberatan(Desk.LoadObjection(f, keberatan.Id)));

        var ppid = await Desk.ActorAsync(f, "ppid");
        await Assert.ThrowsAsync<LayananForbiddenException>(() => Desk.RunAsync(f, d =>
            d.AnswerObjectionAsync(keberatan.Id, 0, PutusanKeberatan.Dikabulkan, "Berikan.", ppid, default)));

        clock.Advance(TimeSpan.FromDays(5));
        await Desk.RunAsync(f, async d => await d.AnswerObjectionAsync(keberatan.Id, 0, PutusanKeberatan.Dikabulkan,
            "PPID memberikan data agregat tanpa data pribadi.", await Desk.ActorAsync(f, "atasan"), default));
        var k = Desk.LoadObjection(f, keberatan.Id);
        Assert.Equal("Keberatan diterima", LayananLabels.Keberatan(k));
        Assert.Equal(3, k.LamaHariKerja); // Monday 9th, Tuesday 10th, Wednesday 11th
        var history = Desk.History(f, t.Id);
        Assert.Equal([LayananActions.PermohonanDaring, PermohonanWorkflow.Jawab, KeberatanWorkflow.Ajukan, KeberatanWorkflow.Putus], history.Select(h => h.Action));
        Assert.Null(LayananHistoryChain.FindBreak(history));
    }
}
