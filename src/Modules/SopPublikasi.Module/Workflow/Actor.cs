using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>Who acts: a signed-in person with every role they hold, or the system (step 8).</summary>
public sealed record Actor(string Id, string Name, IReadOnlySet<string> Roles)
{
    public static Actor System { get; } = new("sistem", "Sistem SopPublikasi", new HashSet<string> { SopRoles.System });

    public bool Has(string role) => Roles.Contains(role);
}
