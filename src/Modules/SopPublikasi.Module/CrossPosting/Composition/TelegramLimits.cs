using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>Telegram's limits, counted on the visible text in UTF-16 code units (see <see cref="TelegramHtml"/>).</summary>
public sealed class TelegramLimits
{
    /// <summary>For <c>sendPhoto</c>, used when the draft has an image.</summary>
    [Range(1, 100_000)]
    public int MaxCaptionLength { get; set; } = 1_024;

    /// <summary>For <c>sendMessage</c>, used when the draft has no image.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 4_096;
}
