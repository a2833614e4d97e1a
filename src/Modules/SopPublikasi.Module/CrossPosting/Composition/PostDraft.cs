namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// What an article offers to a cross-post, independent of any network: each composer takes what fits its limits
/// from it. <paramref name="Hashtags"/> may come with or without <c>#</c> and with spaces ("hari guru"): they are
/// tidied into valid hashtags (<c>#hariguru</c>) when composed.
/// </summary>
/// <param name="Title">The article's title.</param>
/// <param name="Summary">The article's summary; the first thing shortened when a post is too long.</param>
/// <param name="Link">The absolute link to the article on the public site; never shortened or left out.</param>
/// <param name="Hashtags">Tags to append, most important first: trailing ones are dropped when space runs out.</param>
/// <param name="ImageUrl">A public URL of the cover image, if any (required by Instagram).</param>
/// <param name="ImageAlt">A description of the image for screen readers.</param>
public sealed record PostDraft(
    string Title,
    string Summary,
    string Link,
    IReadOnlyList<string> Hashtags,
    string? ImageUrl = null,
    string? ImageAlt = null);
