using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

public sealed class MateriSeenConfiguration : IEntityTypeConfiguration<MateriSeen>
{
    public void Configure(EntityTypeBuilder<MateriSeen> builder)
    {
        builder.ToTable("MateriSeen");
        builder.HasKey(s => new { s.MateriId, s.UserId });
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<MateriPublikasi>().WithMany().HasForeignKey(s => s.MateriId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
