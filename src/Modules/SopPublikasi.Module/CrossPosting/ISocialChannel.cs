namespace SopPublikasi.Module.CrossPosting;

/// <summary>A social network client. One implementation per channel type.</summary>
public interface ISocialChannel
{
    string Type { get; }

    Task<PostResult> PostAsync(OutboxMessage message, ChannelOptions options, CancellationToken ct);
}

/// <summary>What the network answered: its id for the post and, if known, a link to it.</summary>
public sealed record PostResult(string RemoteId, string? RemoteUrl);
