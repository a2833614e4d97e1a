using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>One channel's post for an article as it will be sent: composed, or as the verifier edited it.</summary>
public sealed record PostPreview(ResolvedChannel Channel, ComposedPost Composed, string? EditedText)
{
    public string Text => EditedText ?? Composed.Text;
}

/// <summary>
/// Adds one outbox row per enabled channel (declared or added by an administrator) to the unit of work that
/// publishes an article, with the post composed for that network's limits, or the verifier's edit of it. A post
/// that cannot be made (Instagram without a photo) is written as failed with the reason, so the status page says so.
/// A hand-off network's row (WhatsApp, <see cref="Networks.SocialNetwork.SentByHand"/>) is written waiting for a person.
/// </summary>
public sealed class OutboxWriter(
    SopDbContext db, ChannelDirectory channels, Networks.SocialNetworks networks, IOptions<SiteOptions> site, TimeProvider clock)
{
    /// <summary>Every enabled channel's post for this version, for the verifier's preview and for the outbox.</summary>
    public async Task<IReadOnlyList<PostPreview>> PreviewAsync(MateriPublikasi materi, MateriVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(version);
        var draft = Draft(materi, version);
        var edits = await db.CrossPostEdits.AsNoTracking().Where(e => e.MateriId == materi.Id).ToDictionaryAsync(e => e.Channel, e => e.Text, StringComparer.OrdinalIgnoreCase, ct);
        return [.. (await channels.AllAsync(ct)).Where(c => c.Enabled).Select(c => new PostPreview(
            c, networks.Composer(c).Compose(draft), edits.GetValueOrDefault(c.Name)))];
    }

    public async Task<int> EnqueueAsync(MateriPublikasi materi, MateriVersion version, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var post in await PreviewAsync(materi, version, ct))
        {
            var sendable = post.EditedText is not null || post.Composed.Succeeded;
            var byHand = networks.Find(post.Channel.Type)?.SentByHand == true;
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                MateriId = materi.Id,
                Channel = post.Channel.Name,
                ChannelType = post.Channel.Type,
                Title = version.Title,
                Text = post.Text,
                Link = site.Value.ArticleUrl(materi.Slug),
                ImageId = version.CoverImageId,
                ImageAlt = version.CoverImageAlt,
                Status = !sendable ? OutboxStatus.Failed : byHand ? OutboxStatus.Manual : OutboxStatus.Pending,
                LastError = sendable ? null : post.Composed.Error,
                WaitReason = sendable && byHand ? OutboxActions.WaitingForPersonReason : null,
                NextAttemptAt = sendable && byHand ? DeliveryProcessor.Never : now,
                CreatedAt = now,
            });
            count++;
        }

        return count;
    }

    public PostDraft Draft(MateriPublikasi materi, MateriVersion version)
    {
        ArgumentNullException.ThrowIfNull(materi);
        ArgumentNullException.ThrowIfNull(version);
        var image = version.CoverImageId is { } cover ? site.Value.AbsoluteUrl(MediaUrls.Of(cover)) : null;
        return new PostDraft(version.Title.Trim(), version.Summary.Trim(), site.Value.ArticleUrl(materi.Slug), version.Tags, image, version.CoverImageAlt);
    }
}
