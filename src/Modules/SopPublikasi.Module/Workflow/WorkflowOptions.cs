using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>"Workflow" section.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>
    /// The role that takes step 2 (receive and forward the disposisi). Offices without an agenda clerk set it to
    /// "Sekretaris" to merge the step; applied to the stored workflow at every start.
    /// </summary>
    [Required]
    [StringLength(100)]
    public string PencatatRole { get; set; } = SopRoles.Pencatat;
}
