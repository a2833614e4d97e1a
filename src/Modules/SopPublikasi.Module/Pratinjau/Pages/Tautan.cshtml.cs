using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pratinjau.Pages;

/// <summary>
/// A preview link opened by someone without an account: the version the link was made for, in the public article
/// template; an expired or revoked link answers 410 and an unknown one 404, each with a page that says so.
/// </summary>
public sealed class TautanModel(PreviewLinks links, SopDbContext db, PreviewRenderer renderer) : PageModel
{
    public ArtikelView? View { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        PreviewHeaders.Apply(Response);
        var (link, state) = await links.FindAsync(token, ct);
        switch (state)
        {
            case PreviewLinkState.Active:
                var materi = await db.Materi.AsNoTracking().FirstAsync(m => m.Id == link!.MateriId, ct);
                var version = await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == link!.VersionId, ct);
                View = await renderer.RenderAsync(materi, version, token, link!.ExpiresAt, ct);
                return Page();
            case PreviewLinkState.Expired:
                Message = "Tautan pratinjau ini sudah kedaluwarsa. Mintalah tautan baru kepada pengirimnya.";
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            case PreviewLinkState.Revoked:
                Message = "Tautan pratinjau ini sudah dicabut dan tidak dapat dibuka lagi.";
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            default:
                Message = "Tautan pratinjau ini tidak dikenal. Periksa kembali alamatnya.";
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
        }
    }
}
