namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The text to send to one network, or why there is none. <see cref="Shortened"/> tells an editor that the post
/// differs from the article (summary or title cut, hashtags dropped); <see cref="Length"/> is the length as that
/// network counts it, so it can be shown next to the limit.
/// </summary>
public sealed record ComposedPost(string Text, bool Shortened, int Length, string? Error = null)
{
    public bool Succeeded => Error is null;

    public static ComposedPost Failed(string error) => new(string.Empty, false, 0, error);
}
