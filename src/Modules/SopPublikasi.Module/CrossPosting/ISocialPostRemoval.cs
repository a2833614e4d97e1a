using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// A social network client that can delete a post it made, for the withdrawal of an article. Implemented by the
/// <see cref="ISocialChannel"/> of each network whose <see cref="Networks.SocialNetwork.Removal"/> is by API; the
/// removal work finds it as <c>client as ISocialPostRemoval</c>.
/// </summary>
public interface ISocialPostRemoval
{
    string Type { get; }

    /// <summary>
    /// Deletes the post <see cref="RemovalRequest.Message"/> made (its <see cref="OutboxMessage.RemoteId"/>). A post the
    /// network no longer has counts as deleted (returns normally). Failures are thrown as
    /// <see cref="DeliveryFailureException"/>, classified by the network's own classifier as for posting.
    /// </summary>
    Task DeleteAsync(RemovalRequest request, CancellationToken ct);
}

/// <summary>One post to delete: the sent outbox row (with the network's id) and its channel's credentials.</summary>
public sealed record RemovalRequest(OutboxMessage Message, ResolvedChannel Channel);
