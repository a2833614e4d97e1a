using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// Adds one outbox row per enabled channel (declared or added by an administrator) to the unit of work that
/// publishes an article, with the post composed for that network's limits. A post that cannot be made (Instagram
/// without a photo) is written as failed with the reason, so the status page says so instead of trying.
/// </summary>
public sealed class OutboxWriter(
    SopDbContext db, ChannelDirectory channels, IOptions<CompositionLimits> limits, MastodonInstanceLimits mastodon, IOptions<SiteOptions> site, TimeProvider clock)
{
    public async Task<int> EnqueueAsync(MateriPublikasi materi, MateriVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(version);
        var link = site.Value.ArticleUrl(materi.Slug);
        var image = version.CoverImageId is { } cover ? site.Value.AbsoluteUrl(MediaEndpoints.Url(cover)) : null;
        var draft = new PostDraft(version.Title.Trim(), version.Summary.Trim(), link, version.Tags, image, version.CoverImageAlt);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var channel in (await channels.AllAsync(ct)).Where(c => c.Enabled))
        {
            var post = ChannelComposers.For(channel.Type, mastodon.For(channel.Name, limits.Value)).Compose(draft);
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                MateriId = materi.Id,
                Channel = channel.Name,
                ChannelType = channel.Type,
                Title = version.Title,
                Text = post.Text,
                Link = link,
                ImageId = version.CoverImageId,
                ImageAlt = version.CoverImageAlt,
                Status = post.Succeeded ? OutboxStatus.Pending : OutboxStatus.Failed,
                LastError = post.Error,
                NextAttemptAt = now,
                CreatedAt = now,
            });
            count++;
        }

        return count;
    }
}
