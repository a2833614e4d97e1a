using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Networks.WhatsApp;

/// <summary>
/// The WhatsApp hand-off text's limits (CrossPosting:Limits:WhatsApp), counted in UTF-16 code units (never fewer than
/// the characters WhatsApp counts). WhatsApp takes up to 65,536 characters in a message (docs/networks.md), but a
/// message for residents' phones should be read at a glance: the defaults keep it short.
/// </summary>
public sealed class WhatsAppLimits
{
    /// <summary>The WhatsApp message limit; a configured maximum above it is refused at start.</summary>
    public const int NetworkMaxLength = 65_536;

    /// <summary>The whole message: bold title, lead, link (and any template text).</summary>
    [Range(1, NetworkMaxLength)]
    public int MaxTextLength { get; set; } = 1_000;

    /// <summary>The lead (the article's summary) is cut at a word to this length before the message is measured; 0 leaves it out.</summary>
    [Range(0, NetworkMaxLength)]
    public int MaxLeadLength { get; set; } = 300;
}
