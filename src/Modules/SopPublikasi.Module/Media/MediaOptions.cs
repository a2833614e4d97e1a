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

    public IReadOnlyList<int> Widths => VariantWidths is { Length: > 0 } widths ? widths : [480, 960, 1600];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Widths.Any(w => w is < 64 or > 4096))
        {
            yield return new ValidationResult("Media:VariantWidths must be between 64 and 4096 pixels.", [nameof(VariantWidths)]);
        }
    }
}
