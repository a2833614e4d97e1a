using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Api;

/// <summary>"Api" section: request budget per client (token owner, or address for anonymous reads).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 300;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
