using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Workflow;

/// <summary>The tables this feature owns, as sets of the module's context (their mappings sit beside this file).</summary>
public static class WorkflowTables
{
    extension(SopDbContext db)
    {
        public DbSet<HistoryEntry> History => db.Set<HistoryEntry>();

        public DbSet<SopStep> SopSteps => db.Set<SopStep>();

        public DbSet<WorkflowStateInfo> WorkflowStates => db.Set<WorkflowStateInfo>();

        public DbSet<WorkflowTransition> WorkflowTransitions => db.Set<WorkflowTransition>();
    }
}
