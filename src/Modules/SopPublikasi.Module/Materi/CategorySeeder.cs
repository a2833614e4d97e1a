using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>The site's categories where missing.</summary>
public sealed class CategorySeeder(SopDbContext db) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedRows.AddMissingAsync(db.Categories, CategorySeed.All, c => c.Id, ct);
        await db.SaveChangesAsync(ct);
    }
}
