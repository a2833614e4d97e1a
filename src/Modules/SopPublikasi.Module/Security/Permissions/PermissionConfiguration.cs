using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SopPublikasi.Module.Security.Permissions;

public sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("PermissionGrants");
        builder.HasKey(g => new { g.RoleName, g.Permission });
        builder.Property(g => g.RoleName).HasMaxLength(256);
        builder.Property(g => g.Permission).HasMaxLength(100);
    }
}

public sealed class SeededPermissionConfiguration : IEntityTypeConfiguration<SeededPermission>
{
    public void Configure(EntityTypeBuilder<SeededPermission> builder)
    {
        builder.ToTable("SeededPermissions");
        builder.HasKey(p => p.Name);
        builder.Property(p => p.Name).HasMaxLength(100);
    }
}
