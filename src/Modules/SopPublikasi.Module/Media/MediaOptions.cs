using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Media;

/// <summary>"Media" section: where uploads are kept and how large one may be.</summary>
public sealed class MediaOptions : IValidatableObject
{
    public const string Section = "Media";

    /// <summary>Folder for uploaded files; relative paths are under the content root.</summary>
    [Required]
    public string Path { get; set; } = "App_Data/media";

    [Range(1024, 512L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Widths of the resized copies of each photo (Media:VariantWidths:0, :1, ...); 480, 960 and 1600 when unset.</summary>
    public int[]? VariantWidths { get; set; }

    [Range(30, 100)]
    public int JpegQuality { get; set; } = 82;

    [Range(30, 100)]
    public int WebpQuality { get; set; } = 80;

    /// <summary>
    /// The largest picture accepted, in pixels, read from its header before decoding (a decoded pixel takes 4 bytes:
    /// the default 50 megapixels is 200 MB while it is worked on). 50 MP phone photos fit; 8000×8000 does not.
    /// </summary>
    [Range(1_000_000, 200_000_000)]
    public long MaxImagePixels { get; set; } = ImagePipeline.DefaultMaxPixels;

    /// <summary>How many pictures are decoded at once; with the pixel budget it bounds the memory of image work.</summary>
    [Range(1, 64)]
    public int MaxConcurrentImageWork { get; set; } = 2;

    public IReadOnlyList<int> Widths => VariantWidths is { Length: > 0 } widths ? widths : [480, 960, 1600];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Widths.Any(w => w is < 64 or > 4096))
        {
            yield return new ValidationResult("Media:VariantWidths must be between 64 and 4096 pixels.", [nameof(VariantWidths)]);
        }
    }
}
