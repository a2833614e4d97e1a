using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>The SOP as data: steps, states and transitions where missing; step 2's role and the Waktu from configuration.</summary>
public sealed class WorkflowSeeder(SopDbContext db, IOptions<WorkflowOptions> options) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        var workflow = options.Value;
        await SeedRows.AddMissingAsync(db.SopSteps, SopWorkflowSeed.Steps, s => s.Number, ct);
        await SeedRows.AddMissingAsync(db.WorkflowStates, SopWorkflowSeed.States, s => s.Code, ct);
        await SeedRows.AddMissingAsync(db.WorkflowTransitions, SopWorkflowSeed.Transitions(workflow.PencatatRole), t => t.Id, ct);
        await db.SaveChangesAsync(ct);

        // Step 2's role follows configuration, so that an office can merge it into another role.
        await db.WorkflowTransitions
            .Where(t => t.Action == "teruskan" && t.Role != workflow.PencatatRole)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Role, workflow.PencatatRole), ct);

        // Configured Waktu applies to steps an administrator has not set in the admin (/admin/waktu wins).
        foreach (var (step, days) in workflow.StepWorkingDays)
        {
            await db.SopSteps.Where(s => s.Number == step && s.UpdatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WorkingDaysAllowed, days), ct);
        }
    }
}
