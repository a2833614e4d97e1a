using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// A social network client. One implementation per channel type. Failures are thrown as
/// <see cref="DeliveryFailureException"/>, classified in one place per network.
/// </summary>
public interface ISocialChannel
{
    string Type { get; }

    /// <summary>Posts the row's text (and image); returns the network's id the moment it answers.</summary>
    Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct);

    /// <summary>Asks the network whether the row's post already exists (after an uncertain outcome).</summary>
    Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct);

    /// <summary>Checks the credentials without posting; returns the account's name as the network knows it.</summary>
    Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct);
}

/// <summary>What the network answered: its id for the post and, if known, a link to it.</summary>
public sealed record PostResult(string RemoteId, string? RemoteUrl);
