using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>The outbox as the admin pages show it, and the verifier's own wording of one channel's post.</summary>
public sealed class CrossPostQueries(SopDbContext db, TimeProvider clock)
{
    /// <summary>One article's posts, by channel.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ForMateriAsync(Guid materiId, CancellationToken ct) =>
        await db.Outbox.AsNoTracking().Where(o => o.MateriId == materiId).OrderBy(o => o.Channel).ToListAsync(ct);

    /// <summary>The newest posts of every article, newest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> RecentAsync(int take, CancellationToken ct) =>
        await db.Outbox.AsNoTracking().OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Channel).Take(take).ToListAsync(ct);

    /// <summary>Keeps the edited text of one channel's post (sent on approval), replacing an earlier edit.</summary>
    public async Task SaveEditAsync(Guid materiId, string channel, string text, string editedById, CancellationToken ct)
    {
        var edit = await db.CrossPostEdits.FirstOrDefaultAsync(e => e.MateriId == materiId && e.Channel == channel, ct);
        if (edit is null)
        {
            edit = new CrossPostEdit { MateriId = materiId, Channel = channel };
            db.CrossPostEdits.Add(edit);
        }

        (edit.Text, edit.EditedById, edit.EditedAt) = (text, editedById, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
