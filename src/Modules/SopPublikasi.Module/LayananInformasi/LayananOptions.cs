using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>"LayananInformasi" section: the register numbers' patterns, how long personal data is kept, upload size.</summary>
public sealed class LayananOptions : IValidatableObject
{
    public const string Section = "LayananInformasi";

    /// <summary>The request's register number; placeholders {urut[:format]}, {bulan}, {bulanRomawi}, {tahun}.</summary>
    public string PolaNomorPermohonan { get; set; } = "{urut:000}/PPID-KEC/{bulanRomawi}/{tahun}";

    /// <summary>The objection's register number, same placeholders.</summary>
    public string PolaNomorKeberatan { get; set; } = "KEB-{urut:000}/PPID-KEC/{tahun}";

    /// <summary>Months after the last answer (of the request and of any objection) before the requester's personal data is erased.</summary>
    [Range(6, 120)]
    public int RetensiDataPribadiBulan { get; set; } = 24;

    /// <summary>The largest identity scan or answer attachment accepted.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The private folder of identity scans and attachments (never served as static files); relative paths are under the
    /// content root. Unset: a folder "layanan-informasi" beside the media folder.
    /// </summary>
    public string? BerkasPath { get; set; }

    /// <summary>How often the overdue check and the retention job look.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, pattern) in new[] { (nameof(PolaNomorPermohonan), PolaNomorPermohonan), (nameof(PolaNomorKeberatan), PolaNomorKeberatan) })
        {
            if (NomorPola.Check(pattern) is { } error)
            {
                yield return new ValidationResult($"{Section}:{name}: {error}", [name]);
            }
        }
    }
}
