using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Tokens;

/// <summary>Issues, checks and revokes personal access tokens ("sop_" + 32 random bytes, stored hashed).</summary>
public sealed class TokenService(SopDbContext db, TimeProvider clock)
{
    public const string Scheme = "sop_";

    public Task<(PersonalAccessToken Token, string Secret)> CreateAsync(string userId, string name, TimeSpan lifetime, CancellationToken ct) =>
        CreateAsync(userId, null, name, lifetime, ct);

    /// <summary>
    /// Issues a token for <paramref name="userId"/>; <paramref name="issuedById"/> names who issued it when that is
    /// someone else (whoever holds KelolaTokenSemua), whose requests with it then act on the owner's behalf.
    /// </summary>
    public async Task<(PersonalAccessToken Token, string Secret)> CreateAsync(string userId, string? issuedById, string name, TimeSpan lifetime, CancellationToken ct)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > TokenLifetime.Max)
        {
            throw new InputException("Masa berlaku", "Masa berlaku token harus antara 1 menit dan 1 tahun.");
        }

        var secret = Scheme + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            IssuedById = issuedById == userId ? null : issuedById,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(name.Trim().Length, 100)],
            Prefix = secret[..12],
            Hash = HashOf(secret),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.Tokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>Whose an active token is, or null. Records when it was last used (at most once a minute).</summary>
    public async Task<TokenHolder?> ValidateAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Scheme, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = HashOf(secret);
        var token = await db.Tokens.FirstOrDefaultAsync(t => t.Hash == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now))
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return new TokenHolder(token.Id, token.UserId, token.IssuedById);
    }

    public async Task<IReadOnlyList<PersonalAccessToken>> ListAsync(string userId, CancellationToken ct) =>
        await db.Tokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    /// <summary>The tokens <paramref name="issuerId"/> issued for other people.</summary>
    public async Task<IReadOnlyList<PersonalAccessToken>> ListIssuedByAsync(string issuerId, CancellationToken ct) =>
        await db.Tokens.AsNoTracking().Where(t => t.IssuedById == issuerId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    /// <summary>
    /// Revokes one token <paramref name="issuerId"/> issued for someone else, or all of them when
    /// <paramref name="tokenId"/> is null. Returns how many.
    /// </summary>
    public Task<int> RevokeIssuedByAsync(string issuerId, Guid? tokenId, CancellationToken ct) =>
        RevokeWhereAsync(t => t.IssuedById == issuerId && (tokenId == null || t.Id == tokenId), ct);

    /// <summary>Revokes one token of the user, or all of them when <paramref name="tokenId"/> is null. Returns how many.</summary>
    public Task<int> RevokeAsync(string userId, Guid? tokenId, CancellationToken ct) =>
        RevokeWhereAsync(t => t.UserId == userId && (tokenId == null || t.Id == tokenId), ct);

    private async Task<int> RevokeWhereAsync(Expression<Func<PersonalAccessToken, bool>> which, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var active = await db.Tokens.Where(which).Where(t => t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in active)
        {
            token.RevokedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return active.Count;
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>An active token: its id, its owner and, when someone else issued it, its issuer.</summary>
public sealed record TokenHolder(Guid TokenId, string UserId, string? IssuedById);
