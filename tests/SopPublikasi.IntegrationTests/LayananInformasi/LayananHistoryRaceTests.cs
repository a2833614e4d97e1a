using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>
/// A staff move that loses the request's next history row to another writer (the overdue watcher of another instance
/// writes between the move's read and its save): the move is refused as "changed by someone else", nothing of it is
/// saved, and the chain stays whole; not a 500.
/// </summary>
public sealed class LayananHistoryRaceTests
{
    [Fact]
    public async Task MoveLosingItsHistorySequence_IsTheConflict_NothingHalfWritten()
    {
        var rival = new RivalHistoryWriter();
        using var f = new SopAppFactory
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7))),
            TestServices = s => s.AddSingleton<ILayananEventHandler<PermohonanBerubah>>(rival),
        };
        await f.SeedUsersAsync();
        var terdaftar = await Desk.RunAsync(f, d => d.SubmitAsync(Desk.Input(), null, default));
        var ppid = await Desk.ActorAsync(f, "ppid");
        var before = Desk.Load(f, terdaftar.Id);
        rival.Arm(f.Services, terdaftar.Id);

        var refused = await Assert.ThrowsAsync<LayananConflictException>(() =>
            Desk.RunAsync(f, d => d.ExtendAsync(terdaftar.Id, before.Revisi, "Informasi tersebar di tiga desa.", ppid, default)));

        Assert.Equal(LayananUnitOfWork.StaleMessage, refused.Message);
        var after = Desk.Load(f, terdaftar.Id);
        Assert.Equal(before.Revisi, after.Revisi);
        Assert.Equal(before.BatasWaktu, after.BatasWaktu);
        var history = Desk.History(f, terdaftar.Id);
        Assert.Equal([LayananActions.PermohonanDaring, "uji-penulis-lain"], history.Select(h => h.Action));
        Assert.Null(LayananHistoryChain.FindBreak(history));

        // Read again, the same move goes through.
        await Desk.RunAsync(f, d => d.ExtendAsync(terdaftar.Id, before.Revisi, "Informasi tersebar di tiga desa.", ppid, default));
        var chain = Desk.History(f, terdaftar.Id);
        Assert.Equal(3, chain.Count);
        Assert.Null(LayananHistoryChain.FindBreak(chain));
    }

    /// <summary>Once armed, writes the request's next history row through its own context while the move is staging.</summary>
    private sealed class RivalHistoryWriter : ILayananEventHandler<PermohonanBerubah>
    {
        private IServiceProvider? _services;
        private Guid _id;

        public void Arm(IServiceProvider services, Guid id) => (_services, _id) = (services, id);

        public async Task StagingAsync(PermohonanBerubah e, CancellationToken ct)
        {
            if (_services is not { } services || e.Permohonan.Id != _id)
            {
                return;
            }

            _services = null;
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            await LayananHistoryChain.AppendAsync(db, _id, "uji-penulis-lain", "Diterima", "Diterima", null, DateTimeOffset.UtcNow, "Penulis lain", ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
