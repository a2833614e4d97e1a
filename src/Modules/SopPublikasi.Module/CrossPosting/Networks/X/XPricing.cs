using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// What X charges per post (CrossPosting:Pricing:X, US dollars, checked on start). X's API is pay-per-use: each post
/// is charged per request, and a post whose text holds a URL at a higher rate ("Content: Create" and "Content: Create
/// (with URL)" on docs.x.com/x-api/getting-started/pricing, 0.015 and 0.200 on 2026-12-07). X changes its prices:
/// set them here; the channel page estimates the month's cost with them.
/// </summary>
public sealed class XPricing
{
    public const string Section = "CrossPosting:Pricing:X";

    /// <summary>A post without a URL.</summary>
    [Range(typeof(decimal), "0", "1000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal Post { get; set; } = 0.015m;

    /// <summary>A post whose text holds a URL.</summary>
    [Range(typeof(decimal), "0", "1000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal PostWithUrl { get; set; } = 0.20m;
}
