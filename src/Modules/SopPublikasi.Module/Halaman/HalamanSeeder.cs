using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Halaman;

/// <summary>The standing pages where missing; an edited page is left as it is.</summary>
public sealed class HalamanSeeder(SopDbContext db) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedRows.AddMissingAsync(db.Halaman, HalamanSeed.All, h => h.Slug, ct);
        await db.SaveChangesAsync(ct);
    }
}
