using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>Profil and Layanan: standing pages edited in the admin; /profil and /layanan open the first of each.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class HalamanModel(HalamanStore store) : PageModel
{
    public IReadOnlyList<HalamanStatis> Pages { get; private set; } = [];

    public HalamanStatis Current { get; private set; } = null!;

    public string GroupName => Current.Grup == HalamanGrup.Layanan ? "Layanan" : "Profil";

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var group = (Request.Path.Value ?? string.Empty).StartsWith("/layanan", StringComparison.OrdinalIgnoreCase) ? HalamanGrup.Layanan : HalamanGrup.Profil;
        Pages = await store.InGroupAsync(group, ct);
        var current = slug is null ? (Pages.Count > 0 ? Pages[0] : null) : Pages.FirstOrDefault(p => p.Slug == slug);
        if (current is null)
        {
            return NotFound();
        }

        Current = current;
        return Page();
    }
}
