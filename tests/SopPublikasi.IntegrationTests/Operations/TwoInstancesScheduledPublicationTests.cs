using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Scheduling;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>
/// Two instances of the app on one database (the same PostgreSQL database when the run is on PostgreSQL, the same
/// SQLite file otherwise), with one fake clock: when the minute of a dozen scheduled items comes, both publishers go
/// for the same items at once. Each item is published exactly once: one history entry, one outbox row per channel.
/// </summary>
public sealed class TwoInstancesScheduledPublicationTests
{
    private const int Items = 12;

    [Fact]
    public async Task TwoInstances_SameDueItems_EachPublishedOnce_OneHistoryEntryAndOneOutboxRowPerChannel()
    {
        using var database = TestDatabase.Create();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var a = Instance(database, clock);
        using var b = Instance(database, clock);
        await a.SeedUsersAsync();
        _ = b.Server;
        var ids = await Publish.ManyToVerificationAsync(a, [.. Enumerable.Range(1, Items).Select(i => $"Kegiatan terjadwal nomor {i}")]);
        var verifier = await Api.ClientForAsync(a, "verifikator");
        foreach (var id in ids)
        {
            await Publish.MoveAsync(verifier, id, new { aksi = "setujui", klasifikasi = "berkala", jadwal = "2026-11-24T09:00:00+07:00" }, a);
        }

        Assert.Equal(Items, a.WithDb(db => db.Materi.Count(m => m.State == WorkflowState.Terjadwal)));
        Assert.Equal(0, a.WithDb(db => db.Outbox.Count()));

        // The minute comes on both instances. Their publishers are called at once, twice each, on top of the background
        // loops that both wake as well: every call reads the same twelve due items and tries them in the same order.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero)); // 09.00 WIB
        var onA = a.Services.GetRequiredService<ScheduledPublisher>();
        var onB = b.Services.GetRequiredService<ScheduledPublisher>();
        var loops = Task.WhenAll(Rounds.WaitAsync<ScheduledPublisher>(a, rounds: 1), Rounds.WaitAsync<ScheduledPublisher>(b, rounds: 1));
        a.Services.GetRequiredService<ScheduledPublicationSignal>().Notify();
        b.Services.GetRequiredService<ScheduledPublicationSignal>().Notify();
        var direct = await Task.WhenAll(
            onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None),
            onA.DispatchDueAsync(CancellationToken.None), onB.DispatchDueAsync(CancellationToken.None));
        await loops;

        Assert.True(direct.Sum() <= Items, $"{direct.Sum()} publications reported for {Items} items: [{string.Join(", ", direct)}]");
        var items = a.WithDb(db => db.Materi.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.State, m.PublishedVersionId, m.LatestVersionId, m.ScheduledAt }).ToList());
        Assert.All(items, m => Assert.Equal((WorkflowState.Terbit, m.LatestVersionId, (DateTimeOffset?)null), (m.State, m.PublishedVersionId, m.ScheduledAt)));
        var published = a.WithDb(db => db.History.AsNoTracking().Where(h => ids.Contains(h.MateriId) && h.Action == "tayangkan").Select(h => h.MateriId).ToList());
        Assert.Equal(ids.Order(), published.Order()); // exactly one entry per item
        var outbox = a.WithDb(db => db.Outbox.AsNoTracking().Where(o => ids.Contains(o.MateriId)).Select(o => new { o.MateriId, o.Channel }).ToList());
        var channels = outbox.Select(o => o.Channel).Distinct().Count();
        Assert.True(channels > 0, "no cross-post queued");
        Assert.Equal(Items * channels, outbox.Count);
        Assert.All(outbox.GroupBy(o => (o.MateriId, o.Channel)), g => Assert.Single(g));
        Assert.True(a.WithDb(db => HistoryChainIntact(db, ids)), "a history chain is broken");
    }

    private static bool HistoryChainIntact(Module.Data.SopDbContext db, IReadOnlyList<Guid> ids) =>
        ids.All(id => HistoryChain.FindBreak([.. db.History.AsNoTracking().Where(h => h.MateriId == id).OrderBy(h => h.Sequence)]) is null);

    private static SopAppFactory Instance(TestDatabase database, TimeProvider clock)
    {
        var factory = new SopAppFactory { Database = database, OwnsDatabase = false, Clock = clock };
        factory.Settings["Api:PermitLimit"] = "100000";
        return factory;
    }
}
