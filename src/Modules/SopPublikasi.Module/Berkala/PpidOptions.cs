using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Berkala;

/// <summary>"Ppid" section: how fresh informasi berkala must stay (Perki 1/2021: updated at least every six months).</summary>
public sealed class PpidOptions : IValidatableObject
{
    public const string Section = "Ppid";

    /// <summary>The longest <see cref="BerkalaMaxAge"/> accepted, in months.</summary>
    public const int MaxMonths = 24;

    /// <summary>
    /// How old a live informasi berkala item may grow, in calendar months counted from its latest publication (the
    /// first publication, or the publication of its latest revision), before it must be updated. Default 6.
    /// </summary>
    public int BerkalaMaxAge { get; set; } = 6;

    /// <summary>How often the background check looks for items that crossed the line.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BerkalaCheckInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BerkalaMaxAge is < 1 or > MaxMonths)
        {
            yield return new ValidationResult(
                $"Ppid:BerkalaMaxAge must be a whole number of months from 1 to {MaxMonths} (Perki 1/2021 asks for 6); it is {BerkalaMaxAge}.",
                [nameof(BerkalaMaxAge)]);
        }
    }
}
