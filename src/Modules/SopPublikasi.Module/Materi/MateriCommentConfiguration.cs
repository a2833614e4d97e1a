using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Materi;

public sealed class MateriCommentConfiguration : IEntityTypeConfiguration<MateriComment>
{
    public void Configure(EntityTypeBuilder<MateriComment> builder)
    {
        builder.ToTable("MateriComments");
        builder.HasIndex(c => new { c.MateriId, c.At });
        builder.HasOne<MateriPublikasi>().WithMany().HasForeignKey(c => c.MateriId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(MateriComment.MaxLength);
    }
}
