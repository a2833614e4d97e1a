namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The length Mastodon checks against <c>max_characters</c>: grapheme clusters (an emoji sequence is one), with
/// each http(s) URL counting <c>characters_reserved_per_url</c>. Mastodon also counts a remote mention
/// <c>@user@instance</c> as <c>@user</c>; that concession is not made here, so a mention can only make the count
/// too high (and the post shorter than needed), never too low.
/// </summary>
public static class MastodonTextLength
{
    public static int Count(string text, int charactersReservedPerUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(charactersReservedPerUrl);
        return ClusterWalk.Sum(text, charactersReservedPerUrl, _ => 1);
    }
}
