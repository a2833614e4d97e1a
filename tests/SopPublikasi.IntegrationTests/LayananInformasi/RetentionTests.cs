using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Tests.Shared;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// Personal data is erased by the background check once the answer (and any objection's answer) is older than
/// LayananInformasi:RetensiDataPribadiBulan (6 here): fields emptied, the name "(dihapus)", the identity scan's file
/// gone, a history row; the decision and the days taken stay for the report. A request whose objection was answered
/// later waits for that answer's period.
/// </summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public async Task AfterTheRetentionPeriod_PersonalDataAndScanErased_CountsStay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, Wib));
        using var f = new SopAppFactory { Clock = clock };
        f.Settings["LayananInformasi:RetensiDataPribadiBulan"] = "6";
        f.Settings["LayananInformasi:CheckInterval"] = "00:00:01";
        await f.SeedUsersAsync();
        var ppid = await Desk.ActorAsync(f, "ppid");
        var png = OneBitPng.Of(8, 8);
        var withScan = Desk.Input() with { Identitas = new UnggahanIdentitas("ktp.png", "image/png", () => new MemoryStream(png)) };
        var erased = await Desk.RunAsync(f, d => d.SubmitAsync(withScan, null, default));
        var objected = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input("Budi"), null, default));
        var scan = Path.Combine(f.Services.GetRequiredService<LayananFiles>().Root, Desk.Load(f, erased.Id).BerkasIdentitas!);
        Assert.True(File.Exists(scan));
        Assert.DoesNotContain(Path.GetFullPath(f.MediaPath), scan, StringComparison.Ordinal);
        await Desk.RunAsync(f, async d => await d.DecideAsync(erased.Id, 0, Desk.Granted(), ppid, default));
        await Desk.RunAsync(f, async d => await d.DecideAsync(objected.Id, 0, Desk.Refused(), ppid, default));

        clock.Advance(TimeSpan.FromDays(20));
        var k = await Desk.RunAsync(f, d => d.FileObjectionAsync(objected.NomorRegister, objected.KodeLacak, new KeberatanInput([AlasanKeberatan.PenolakanPengecualian], "Keberatan."), default));
        await Desk.RunAsync(f, async d => await d.AnswerObjectionAsync(k.Id, 0, PutusanKeberatan.Ditolak, "Tetap.", await Desk.ActorAsync(f, "atasan"), default));

        // Six months after the first answers, less a minute: nothing yet.
        clock.SetUtcNow(new DateTimeOffset(2027, 5, 2, 8, 59, 0, Wib));
        await Rounds.WaitAsync<LayananWatcher>(f);
        Assert.Null(Desk.Load(f, erased.Id).DataPribadiDihapusPada);

        clock.SetUtcNow(new DateTimeOffset(2027, 5, 3, 9, 0, 0, Wib));
        await Rounds.WaitAsync<LayananWatcher>(f);
        var p = Desk.Load(f, erased.Id);
        Assert.Equal(LayananRetention.NamaDihapus, p.NamaPemohon);
        Assert.All(new[] { p.NomorIdentitas, p.Alamat, p.Telepon, p.Email, p.BerkasIdentitas }, Assert.Null);
        Assert.NotNull(p.DataPribadiDihapusPada);
        Assert.False(File.Exists(scan));
        Assert.Equal((KeputusanPermohonan.Dikabulkan, 0), (p.Keputusan!.Value, p.LamaHariKerja!.Value));
        var history = Desk.History(f, erased.Id);
        Assert.Equal(LayananActions.DataPribadiDihapus, history[^1].Action);
        Assert.Equal("sistem", history[^1].ActorId);
        Assert.Null(LayananHistoryChain.FindBreak(history));

        // The objection was answered 20 days later: its request keeps the data until then.
        Assert.Equal("Budi", Desk.Load(f, objected.Id).NamaPemohon);
        clock.Advance(TimeSpan.FromDays(21));
        await Rounds.WaitAsync<LayananWatcher>(f);
        Assert.Equal(LayananRetention.NamaDihapus, Desk.Load(f, objected.Id).NamaPemohon);
        Assert.Single(Desk.History(f, erased.Id), h => h.Action == LayananActions.DataPribadiDihapus);
    }
}
