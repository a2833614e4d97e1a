namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>A Bluesky post: at most 300 grapheme clusters (links counted whole) and 3000 UTF-8 bytes.</summary>
public sealed class BlueskyComposer(BlueskyLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.Bluesky.BlueskyNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxGraphemes;

    protected override int Measure(string text) => BlueskyText.Graphemes(text);

    protected override string? ValidateText(string text) =>
        BlueskyText.Bytes(text) > limits.MaxBytes ? $"Teks {BlueskyText.Bytes(text)} bita (UTF-8) melebihi batas Bluesky {limits.MaxBytes} bita." : null;
}
