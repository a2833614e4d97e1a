using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>"LayananInformasi:Publik": the abuse guard of the resident's forms (per client address).</summary>
public sealed class PpidPublikOptions
{
    public const string Section = "LayananInformasi:Publik";

    /// <summary>Requests and objections one address may send per <see cref="JendelaKiriman"/>.</summary>
    [Range(1, 1000000)]
    public int BatasKiriman { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan JendelaKiriman { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tracking look-ups (number + code) one address may make per <see cref="JendelaLacak"/>: guessing codes is slow.</summary>
    [Range(1, 1000000)]
    public int BatasLacak { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan JendelaLacak { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A received-mail waits this long for the page to hand it the tracking code; then it goes without it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TungguKode { get; set; } = TimeSpan.FromMinutes(2);
}
