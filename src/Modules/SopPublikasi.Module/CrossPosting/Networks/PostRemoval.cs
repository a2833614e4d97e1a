namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// How a post on a network is taken down when its article is withdrawn: through the network's API (within a window
/// after posting, where the network sets one), or by hand, with what the person must do (Bahasa Indonesia).
/// </summary>
public sealed record PostRemoval(bool ByApi, TimeSpan? Window, string? ManualHint)
{
    /// <summary>The network's API deletes a post at any time.</summary>
    public static PostRemoval Api { get; } = new(true, null, null);

    /// <summary>The network's API deletes a post only within <paramref name="window"/> after it was posted.</summary>
    public static PostRemoval ApiWithin(TimeSpan window) => new(true, window, null);

    /// <summary>The network offers no deletion to this app: a person removes the post, as <paramref name="hint"/> says.</summary>
    public static PostRemoval Manual(string hint) => new(false, null, hint);

    /// <summary>Whether the API may delete a post sent at <paramref name="sentAt"/>, at <paramref name="now"/>.</summary>
    public bool CanDeleteByApi(DateTimeOffset sentAt, DateTimeOffset now) => ByApi && (Window is not { } w || now - sentAt < w);
}
