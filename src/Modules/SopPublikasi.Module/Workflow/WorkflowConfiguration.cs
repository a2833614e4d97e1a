using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Workflow;

public sealed class SopStepConfiguration : IEntityTypeConfiguration<SopStep>
{
    public void Configure(EntityTypeBuilder<SopStep> builder)
    {
        builder.ToTable("SopSteps");
        builder.HasKey(s => s.Number);
        builder.Property(s => s.Number).ValueGeneratedNever();
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.Performer).HasMaxLength(100);
        builder.Property(s => s.Requirements).HasMaxLength(300);
        builder.Property(s => s.Output).HasMaxLength(300);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
    }
}

public sealed class WorkflowStateConfiguration : IEntityTypeConfiguration<WorkflowStateInfo>
{
    public void Configure(EntityTypeBuilder<WorkflowStateInfo> builder)
    {
        builder.ToTable("WorkflowStates");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Name).HasMaxLength(100);
    }
}

public sealed class WorkflowTransitionConfiguration : IEntityTypeConfiguration<WorkflowTransition>
{
    public void Configure(EntityTypeBuilder<WorkflowTransition> builder)
    {
        builder.ToTable("WorkflowTransitions");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.IsAutomatic);
        builder.Property(t => t.Action).HasMaxLength(40);
        builder.Property(t => t.Label).HasMaxLength(100);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Role).HasMaxLength(100);
        builder.HasIndex(t => new { t.From, t.Action, t.Role }).IsUnique();
    }
}
