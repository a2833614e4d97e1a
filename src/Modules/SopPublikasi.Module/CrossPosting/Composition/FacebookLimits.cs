using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>Facebook Page posts have no practical limit; the documented message maximum keeps the composer honest.</summary>
public sealed class FacebookLimits
{
    /// <summary>In UTF-16 code units.</summary>
    [Range(1, 1_000_000)]
    public int MaxMessageLength { get; set; } = 63_206;
}
