namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// An Instagram caption: an image is required, the caption has a length limit and a hashtag cap over the whole
/// caption, so the draft's hashtags get only the room the title and summary leave. The link is written out
/// although Instagram does not make it clickable, so readers can still find the article.
/// </summary>
public sealed class InstagramComposer(InstagramLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.Instagram.InstagramNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxCaptionLength;

    protected override int Measure(string text) => text.Length;

    protected override int MaxHashtags(string textWithoutHashtags) => limits.MaxHashtags - Hashtags.CountIn(textWithoutHashtags);

    protected override string? ValidateDraft(PostDraft draft) =>
        string.IsNullOrWhiteSpace(draft.ImageUrl) ? "Instagram memerlukan gambar." : null;

    protected override string? ValidateText(string text) =>
        Hashtags.CountIn(text) > limits.MaxHashtags
            ? $"Keterangan Instagram memuat lebih dari {limits.MaxHashtags} tagar; kurangi tagar di judul atau ringkasan."
            : null;
}
