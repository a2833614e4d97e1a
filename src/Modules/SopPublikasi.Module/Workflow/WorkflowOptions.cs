using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>"Workflow" section.</summary>
public sealed class WorkflowOptions : IValidatableObject
{
    public const string Section = "Workflow";

    /// <summary>
    /// The role that takes step 2 (receive and forward the disposisi). Offices without an agenda clerk set it to
    /// "Sekretaris" to merge the step; applied to the stored workflow at every start.
    /// </summary>
    [Required]
    [StringLength(100)]
    public string PencatatRole { get; set; } = SopRoles.Pencatat;

    /// <summary>
    /// Waktu per SOP step in working days, e.g. Workflow:StepWorkingDays:7 = 2. Steps not named keep the stored
    /// value (default 1); named ones are applied to the stored workflow at every start, except steps whose Waktu an
    /// administrator has set on /admin/waktu (the admin's value wins).
    /// </summary>
    public Dictionary<int, int> StepWorkingDays { get; set; } = [];

    /// <summary>
    /// Separation of duties: a person who wrote or corrected any version of an item cannot approve it at step 7,
    /// even when they also hold the verification role. On by default; an office with a single verifier who also
    /// writes may turn it off (Workflow:IndependentVerification = false).
    /// </summary>
    public bool IndependentVerification { get; set; } = true;

    /// <summary>
    /// How far ahead the verifier may schedule a publication (Workflow:ScheduleHorizon, default 90 days); a later
    /// time is refused.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "1095.00:00:00", ErrorMessage = "Workflow:ScheduleHorizon must be between 1 hour and 1095 days.")]
    public TimeSpan ScheduleHorizon { get; set; } = TimeSpan.FromDays(90);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (step, days) in StepWorkingDays)
        {
            if (step is < 1 or > 8 || days is < 0 or > 60)
            {
                yield return new ValidationResult(
                    $"Workflow:StepWorkingDays:{step} = {days}: the step must be 1-8 and the days 0-60.",
                    [nameof(StepWorkingDays)]);
            }
        }
    }
}
