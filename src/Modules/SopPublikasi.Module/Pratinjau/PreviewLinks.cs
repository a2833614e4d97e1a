using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>What a preview link's token names now.</summary>
public enum PreviewLinkState
{
    Unknown = 0,
    Active = 1,
    Expired = 2,
    Revoked = 3,
}

/// <summary>
/// Makes, lists, revokes and resolves preview links. A link is a stored random token (256 bits, base64url) of which
/// only the hash is kept, so the database alone opens no preview; it expires after <see cref="PratinjauOptions.LinkLifetime"/>
/// and can be revoked from the item page or the API by anyone who may see the item.
/// </summary>
public sealed class PreviewLinks(SopDbContext db, IOptions<PratinjauOptions> options, TimeProvider clock)
{
    /// <summary>The address of a link (the page; its files are below it).</summary>
    public static string Path(string token) => "/pratinjau/" + token;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? string.Empty)));

    /// <summary>A new link to the item's latest version, for <paramref name="actor"/> who may see the item; the token is returned once.</summary>
    public async Task<(PreviewLink Link, string Token)> CreateAsync(MateriPublikasi materi, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(actor);
        if (materi.LatestVersionId is not { } versionId)
        {
            throw new WorkflowRuleException("Belum ada draf untuk dipratinjau: simpan draf terlebih dahulu.");
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var link = new PreviewLink
        {
            Id = Guid.NewGuid(),
            MateriId = materi.Id,
            VersionId = versionId,
            VersionNumber = materi.LatestVersion,
            TokenHash = Hash(token),
            CreatedById = actor.Id,
            CreatedByName = actor.Name,
            CreatedAt = now,
            ExpiresAt = now + options.Value.LinkLifetime,
        };
        db.PreviewLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return (link, token);
    }

    /// <summary>The item's links, newest first.</summary>
    public async Task<IReadOnlyList<PreviewLink>> ForAsync(Guid materiId, CancellationToken ct) =>
        [.. (await db.PreviewLinks.AsNoTracking().Where(l => l.MateriId == materiId).ToListAsync(ct)).OrderByDescending(l => l.CreatedAt)];

    /// <summary>Revokes one of the item's links (a second revocation changes nothing); 404 for a link of another item.</summary>
    public async Task<PreviewLink> RevokeAsync(Guid materiId, Guid linkId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var link = await db.PreviewLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.MateriId == materiId, ct)
            ?? throw new NotFoundException("Tautan pratinjau tidak ditemukan.");
        if (link.RevokedAt is null)
        {
            link.RevokedAt = clock.GetUtcNow();
            link.RevokedById = actor.Id;
            link.RevokedByName = actor.Name;
            await db.SaveChangesAsync(ct);
        }

        return link;
    }

    /// <summary>
    /// The link a token names and whether it still works. An item whose information was classified as exempt
    /// (dikecualikan) is shown through no link any more.
    /// </summary>
    public async Task<(PreviewLink? Link, PreviewLinkState State)> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return (null, PreviewLinkState.Unknown);
        }

        var hash = Hash(token);
        var link = await db.PreviewLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null)
        {
            return (null, PreviewLinkState.Unknown);
        }

        if (link.RevokedAt is not null
            || await db.Materi.AnyAsync(m => m.Id == link.MateriId && m.KategoriInformasi == KategoriInformasi.Dikecualikan, ct))
        {
            return (link, PreviewLinkState.Revoked);
        }

        return (link, clock.GetUtcNow() < link.ExpiresAt ? PreviewLinkState.Active : PreviewLinkState.Expired);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
