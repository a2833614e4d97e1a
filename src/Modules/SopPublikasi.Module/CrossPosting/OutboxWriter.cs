using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>Adds one outbox row per enabled channel to the unit of work that publishes an article.</summary>
public sealed class OutboxWriter(SopDbContext db, IOptionsSnapshot<CrossPostingOptions> options, IOptions<SiteOptions> site, TimeProvider clock)
{
    public int Enqueue(MateriPublikasi materi, MateriVersion version)
    {
        ArgumentNullException.ThrowIfNull(materi);
        var link = site.Value.ArticleUrl(materi.Slug);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var (name, channel) in options.Value.Channels.Where(c => c.Value.Enabled))
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                MateriId = materi.Id,
                Channel = name,
                ChannelType = channel.Type,
                Title = version.Title,
                Text = PostComposer.Compose(version, link),
                Link = link,
                Status = OutboxStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
            count++;
        }

        return count;
    }
}
