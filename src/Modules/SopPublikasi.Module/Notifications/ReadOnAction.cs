using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Notifications;

/// <summary>
/// Acting on an item answers its notices: a person who moves an item or saves its draft has their unread
/// notifications about that item marked read, in the same unit of work as the act.
/// </summary>
public sealed class ReadOnAction(SopDbContext db, TimeProvider clock)
{
    public async Task StageAsync(Guid materiId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var link = $"/admin/materi/{materiId}";
        var unread = await db.Notifications
            .Where(n => n.UserId == actor.Id && n.ReadAt == null && n.Link != null && (n.Link == link || n.Link.StartsWith(link + "/") || n.Link.StartsWith(link + "#") || n.Link.StartsWith(link + "?")))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var n in unread)
        {
            n.ReadAt = now;
        }
    }
}
