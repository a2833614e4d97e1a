using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// "LayananInformasi:Api" section: the budget of the desk's public POSTs (a request, an objection) per address,
/// stricter than the API's general one, which the public tracking GET keeps.
/// </summary>
public sealed class LayananApiOptions
{
    public const string Section = "LayananInformasi:Api";

    /// <summary>The rate limiter policy of the public endpoints.</summary>
    public const string PublicPolicy = "layanan-publik";

    [Range(1, 100_000)]
    public int PostPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PostWindow { get; set; } = TimeSpan.FromHours(1);
}
