using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>Settings of the preview links (section "Pratinjau"), checked when the app starts.</summary>
public sealed class PratinjauOptions
{
    public const string Section = "Pratinjau";

    /// <summary>How long a new preview link works (default 72 hours; between 5 minutes and 30 days).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Pratinjau:LinkLifetime harus antara 5 menit dan 30 hari.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(72);
}
