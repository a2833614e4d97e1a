using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Common;

/// <summary>
/// "Html" section: how much work one body may ask of the sanitizer. The HTML tree builder's cost per element grows
/// with the depth of the open elements (scope checks, reconstructing formatting elements), so deep nesting makes
/// parsing superlinear: 200 KB of unclosed &lt;b&gt; took tens of seconds. A body beyond any bound is refused,
/// before it is parsed, with a message beside the field. The defaults leave room for a long article pasted from
/// Word or the editor (60,000 characters of text with 40 photos and tables is under 150,000 characters of HTML,
/// a few thousand elements, never more than a dozen levels deep).
/// </summary>
public sealed class HtmlOptions
{
    public const string Section = "Html";

    /// <summary>
    /// The longest body accepted, in characters (UTF-16 code units) of submitted HTML. The forms' own caps stand in
    /// front of it (a draft's Isi 200,000, a Halaman's 100,000 characters, documented in the API's schema).
    /// </summary>
    [Range(1_000, 10_000_000)]
    public int MaxLength { get; set; } = 200_000;

    /// <summary>The most elements nested one inside another.</summary>
    [Range(16, 500)]
    public int MaxNestingDepth { get; set; } = 100;

    /// <summary>The most elements (start tags) in one body.</summary>
    [Range(100, 1_000_000)]
    public int MaxElements { get; set; } = 50_000;
}
