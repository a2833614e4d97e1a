using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Media;

/// <summary>"Media" section: where uploads are kept and how large one may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Folder for uploaded files; relative paths are under the content root.</summary>
    [Required]
    public string Path { get; set; } = "App_Data/media";

    [Range(1024, 512L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
