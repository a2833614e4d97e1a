using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>X's limits, in configuration because X changes them (longer posts for paying accounts, the t.co length).</summary>
public sealed class XLimits
{
    /// <summary>Weighted length (see <see cref="XTextLength"/>).</summary>
    [Range(1, 100_000)]
    public int MaxWeightedLength { get; set; } = 280;

    /// <summary>What each URL counts, whatever its length (the t.co length).</summary>
    [Range(0, 1_000)]
    public int UrlLength { get; set; } = XTextLength.DefaultUrlLength;
}
