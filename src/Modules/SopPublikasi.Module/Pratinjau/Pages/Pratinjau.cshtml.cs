using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Pratinjau.Pages;

/// <summary>
/// A version of an item (the latest unless <c>?versi=</c> names another) in the public article template, for
/// everyone who may see the item; never cached, never indexed.
/// </summary>
public sealed class PratinjauModel(MateriService service, SopDbContext db, PreviewRenderer renderer) : AdminPageModel
{
    public MateriPublikasi Materi { get; private set; } = null!;

    public ArtikelView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? versi, CancellationToken ct)
    {
        PreviewHeaders.Apply(Response);
        try
        {
            Materi = await service.LoadAsync(id, await CurrentActorAsync(), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var number = versi ?? Materi.LatestVersion;
        var version = await db.MateriVersions.AsNoTracking().FirstOrDefaultAsync(v => v.MateriId == id && v.Number == number, ct);
        if (version is null)
        {
            TempData["Pesan"] = Materi.LatestVersion == 0 ? "Belum ada draf untuk dipratinjau." : $"Versi {number} tidak ada.";
            return RedirectToPage("/Admin/Pages/Materi", new { id });
        }

        View = await renderer.RenderAsync(Materi, version, null, null, ct);
        return Page();
    }
}
