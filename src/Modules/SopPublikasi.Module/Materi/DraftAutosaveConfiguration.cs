using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

public sealed class DraftAutosaveConfiguration : IEntityTypeConfiguration<DraftAutosave>
{
    public void Configure(EntityTypeBuilder<DraftAutosave> builder)
    {
        builder.ToTable("DraftAutosaves");
        builder.HasKey(a => new { a.MateriId, a.UserId });
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasOne<MateriPublikasi>().WithMany().HasForeignKey(a => a.MateriId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
