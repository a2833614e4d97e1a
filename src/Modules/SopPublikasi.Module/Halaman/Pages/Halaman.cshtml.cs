using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Halaman.Pages;

/// <summary>Those granted SuntingHalaman (by default Administrators and the Sekretaris) edit the Profil and Layanan pages; the public copy refreshes at once.</summary>
[RequirePermission(HalamanPermissions.SuntingHalamanName)]
public sealed class HalamanAdminModel(HalamanStore store, HtmlCleaner html) : AdminPageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Judul wajib diisi.")]
        [StringLength(200, ErrorMessage = "Judul paling panjang 200 karakter.")]
        public string? Judul { get; set; }

        [Required(ErrorMessage = "Isi wajib diisi.")]
        [StringLength(100_000, ErrorMessage = "Isi terlalu panjang.")]
        public string? Isi { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<HalamanStatis> Pages { get; private set; } = [];

    public HalamanStatis? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        await LoadAsync(slug, ct);
        if (Current is not null)
        {
            Input = new InputModel { Judul = Current.Judul, Isi = Current.Isi };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        await LoadAsync(slug, ct);
        if (Current is null)
        {
            return NotFound();
        }

        // Measured before it is parsed: beyond the bounds, the refusal stands beside the body and nothing is cleaned.
        var refusal = html.Refusal(Input.Isi);
        var body = refusal is null ? html.Clean(Input.Isi) : string.Empty;
        if (refusal is not null)
        {
            ModelState.AddModelError("Input.Isi", refusal);
        }
        else if (ModelState.IsValid && HtmlCleaner.IsEmpty(body))
        {
            ModelState.AddModelError("Input.Isi", "Isi wajib diisi.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var page = await store.SaveAsync(Current.Slug, Input.Judul!.Trim(), body, (await CurrentActorAsync()).Name, ct);
        TempData["Pesan"] = $"Halaman \"{page.Judul}\" disimpan.";
        return RedirectToPage(new { slug = page.Slug });
    }

    private async Task LoadAsync(string? slug, CancellationToken ct)
    {
        Pages = await store.AllAsync(ct);
        Current = slug is null ? (Pages.Count > 0 ? Pages[0] : null) : Pages.FirstOrDefault(p => p.Slug == slug);
    }
}
