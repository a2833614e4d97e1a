using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Disposisi;

/// <summary>"Disposisi" section: the instruction checklist of the Lembar Disposisi.</summary>
public sealed class DisposisiOptions
{
    public const string Section = "Disposisi";

    public static readonly IReadOnlyList<string> Defaults =
    [
        "Untuk diketahui",
        "Untuk ditindaklanjuti",
        "Untuk diproses sesuai ketentuan",
        "Tanggapan dan saran",
        "Koordinasikan/konfirmasikan",
        "Untuk dihadiri/diwakili",
        "Untuk diarsipkan",
        "Untuk dipublikasikan",
    ];

    /// <summary>Empty in configuration means <see cref="Defaults"/> (binding appends to a list, so no initializer).</summary>
    [MinLength(1)]
    public List<string> Instructions { get; set; } = [];
}
