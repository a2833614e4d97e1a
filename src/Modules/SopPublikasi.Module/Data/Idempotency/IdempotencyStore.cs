using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Data.Idempotency;

/// <summary>What <see cref="IdempotencyStore.ClaimAsync"/> found.</summary>
public enum ClaimOutcome
{
    /// <summary>First time: do the work, then <see cref="IdempotencyStore.CompleteAsync"/> (or release on failure).</summary>
    Claimed,

    /// <summary>Done before with the same request: answer what the first one answered.</summary>
    Replay,

    /// <summary>The key was used before for another request.</summary>
    Mismatch,

    /// <summary>The first request with this key is still running after the wait.</summary>
    InProgress,
}

public sealed record IdempotencyClaim(ClaimOutcome Outcome, IdempotencyRecord? First = null);

/// <summary>
/// Makes a request take effect once when it is sent twice (a double click, a client's retry). The key is claimed by
/// inserting its row in a context of its own, before the work: a second request with the same key cannot insert it
/// (primary key), waits for the first to finish and gets the first one's answer. Works across instances on one
/// database, since the database decides who inserted first.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>A claim whose request never finished (its process died) is given up after this.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public static string Hash(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))));
    }

    public async Task<IdempotencyClaim> ClaimAsync(string key, string requestHash, TimeSpan keep, TimeSpan wait, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var deadline = clock.GetUtcNow() + wait;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        while (true)
        {
            var now = clock.GetUtcNow();
            var first = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);
            if (first is not null && (first.ExpiresAt <= now || (!first.Completed && first.CreatedAt + Abandoned <= now)))
            {
                await db.IdempotencyRecords.Where(r => r.Key == key && r.CreatedAt == first.CreatedAt).ExecuteDeleteAsync(ct);
                continue;
            }

            if (first is not null)
            {
                if (first.RequestHash != requestHash)
                {
                    return new(ClaimOutcome.Mismatch, first);
                }

                if (first.Completed)
                {
                    return new(ClaimOutcome.Replay, first);
                }

                if (now >= deadline)
                {
                    return new(ClaimOutcome.InProgress, first);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
                continue;
            }

            var row = new IdempotencyRecord { Key = key, RequestHash = requestHash, CreatedAt = now, ExpiresAt = now + keep };
            db.IdempotencyRecords.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
                return new(ClaimOutcome.Claimed, row);
            }
            catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
            {
                // Another request inserted the key first: read what it holds on the next turn.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Records what the first request answered, for its repeats.</summary>
    public async Task CompleteAsync(string key, int status, string? location, string? contentType, string? body, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        await db.IdempotencyRecords.Where(r => r.Key == key).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Completed, true)
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.Location, location)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Body, body),
            ct);
    }

    /// <summary>The work failed or was refused: the key is free again, so the corrected request may use it.</summary>
    public async Task ReleaseAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        await db.IdempotencyRecords.Where(r => r.Key == key && !r.Completed).ExecuteDeleteAsync(CancellationToken.None);
    }
}
