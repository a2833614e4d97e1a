using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// Two instances on one database: the overdue request is marked and told once, however many checks run at once on
/// both; a bad number pattern or retention period stops the start.
/// </summary>
public sealed class LayananTwoInstanceTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public async Task Overdue_BothInstancesCheckingAtOnce_MarkedAndToldOnce()
    {
        using var database = TestDatabase.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, Wib));
        using var a = new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        using var b = new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        await a.SeedUsersAsync();
        _ = b.Server;
        var t = await Desk.RunAsync(a, d => d.SubmitAsync(Desk.Input(), null, default));

        clock.SetUtcNow(t.BatasWaktu.AddHours(1));
        for (var round = 0; round < 2; round++)
        {
            var onA = a.Services.GetRequiredService<LayananWatcher>();
            var onB = b.Services.GetRequiredService<LayananWatcher>();
            await Task.WhenAll(
                onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None),
                onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None));
        }

        Assert.Single(Desk.History(a, t.Id), h => h.Action == LayananActions.Terlambat);
        Assert.Null(LayananHistoryChain.FindBreak(Desk.History(a, t.Id)));
        var notices = a.WithDb(db => db.Notifications.Where(n => n.Kind == "permohonan-terlambat").Select(n => n.UserId).ToList());
        Assert.Equal(notices.Distinct().Count(), notices.Count);
        Assert.Equal(3, notices.Count); // ppid, agendaris, sekcam
        Assert.NotNull(Desk.Load(a, t.Id).TerlambatDiberitahukanPada);
    }

    [Theory]
    [InlineData("LayananInformasi:PolaNomorPermohonan", "PPID/{bulan}/{tahun}", "LayananInformasi:PolaNomorPermohonan: pola \"PPID/{bulan}/{tahun}\" harus memuat {urut} dan {tahun}.")]
    [InlineData("LayananInformasi:PolaNomorKeberatan", "KEB-{urut}/{hari}/{tahun}", "{hari} yang tidak dikenal")]
    [InlineData("LayananInformasi:RetensiDataPribadiBulan", "3", "RetensiDataPribadiBulan")]
    public void BadOption_StopsTheStart(string key, string value, string message)
    {
        using var f = new SopAppFactory();
        f.Settings[key] = value;

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => f.Server);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
