using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>The lease on the real database: two senders racing for the same rows each get a row at most once.</summary>
public class OutboxClaimsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TwoInstancesRaceForTheSameRows_EachRowClaimedExactlyOnce()
    {
        // Rows due tomorrow, claimed "the day after": the app's own dispatcher (real time) leaves them alone.
        var now = DateTimeOffset.UtcNow.AddDays(2);
        var ids = await AddRowsAsync(20, OutboxStatus.Pending, now.AddDays(-1));

        async Task<List<Guid>> ClaimAllAsync(string owner)
        {
            var won = new List<Guid>();
            foreach (var id in ids)
            {
                await using var scope = app.Factory.Services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<OutboxClaims>().TryClaimAsync(id, OutboxStatus.Pending, owner, now, TimeSpan.FromMinutes(5), CancellationToken.None))
                {
                    won.Add(id);
                }
            }

            return won;
        }

        var results = await Task.WhenAll(Task.Run(() => ClaimAllAsync("a")), Task.Run(() => ClaimAllAsync("b")));

        Assert.Equal(ids.Order(), results.SelectMany(r => r).Order());
        var rows = app.Factory.WithDb(db => db.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id)).ToList());
        Assert.All(rows, r => Assert.Equal((OutboxStatus.Sending, 1), (r.Status, r.Attempts)));
        Assert.All(rows, r => Assert.Equal(results[0].Contains(r.Id) ? "a" : "b", r.LeaseOwner));
    }

    [Fact]
    public async Task ExpiredLease_BecomesUncertainAndIsNotClaimedAsNew()
    {
        var now = DateTimeOffset.UtcNow.AddDays(2);
        var ids = await AddRowsAsync(1, OutboxStatus.Sending, now.AddDays(-1), lease: now.AddSeconds(-1));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<OutboxClaims>();

        Assert.False(await claims.TryClaimAsync(ids[0], OutboxStatus.Pending, "c", now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await claims.ExpireLeasesAsync(now, CancellationToken.None) >= 1);

        var row = app.Factory.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.Id == ids[0]));
        Assert.Equal(OutboxStatus.Uncertain, row.Status);
        Assert.Null(row.LeaseOwner);
        Assert.Equal(OutboxClaims.LostLeaseReason, row.WaitReason);
    }

    private async Task<List<Guid>> AddRowsAsync(int count, OutboxStatus status, DateTimeOffset due, DateTimeOffset? lease = null)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            db.Outbox.Add(new OutboxMessage
            {
                Id = id,
                MateriId = Guid.NewGuid(),
                // A channel no dispatcher knows, and far from due for it: only this test touches these rows.
                Channel = "balapan",
                ChannelType = "Log",
                Text = "uji",
                Link = "https://contoh.test/" + i,
                Status = status,
                NextAttemptAt = due,
                LeaseOwner = lease is null ? null : "mati",
                LeaseExpiresAt = lease,
                CreatedAt = due,
            });
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
