using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>Instagram's caption and image rules, in configuration because Meta changes them between API versions.</summary>
public sealed class InstagramLimits
{
    /// <summary>In UTF-16 code units: Meta says "characters" without defining them, and code units never undercount.</summary>
    [Range(1, 100_000)]
    public int MaxCaptionLength { get; set; } = 2_200;

    /// <summary>
    /// Hashtags in the whole caption, including any written in the title or summary: 5 since Instagram's December 2025
    /// change (it was 30); docs/networks.md, "Instagram".
    /// </summary>
    [Range(0, 1_000)]
    public int MaxHashtags { get; set; } = 5;

    [Range(1, 100_000)]
    public int MinImageWidth { get; set; } = 320;

    [Range(1, 100_000)]
    public int MaxImageWidth { get; set; } = 1_440;

    /// <summary>Width / height of the tallest image accepted (4:5). Decimal, so 0.8 is exact.</summary>
    [Range(typeof(decimal), "0.01", "100")]
    public decimal MinAspectRatio { get; set; } = 0.8m;

    /// <summary>Width / height of the widest image accepted (1.91:1).</summary>
    [Range(typeof(decimal), "0.01", "100")]
    public decimal MaxAspectRatio { get; set; } = 1.91m;
}
