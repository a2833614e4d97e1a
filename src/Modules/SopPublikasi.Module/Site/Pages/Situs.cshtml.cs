using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Site.Pages;

/// <summary>
/// The site's name, kop surat and contact, stored in the database over the configured <see cref="SiteOptions"/>;
/// shown at once on the public pages, Kontak and the Lembar Disposisi.
/// </summary>
[RequirePermission(CorePermissions.KelolaPengaturanName)]
public sealed class SitusModel(SiteSettings settings, IOptions<SiteOptions> configured) : AdministratorPageModel
{
    [BindProperty]
    public Dictionary<string, string?> Nilai { get; set; } = [];

    /// <summary>The configured value of each field (what "kosongkan" falls back to is not offered: a value is required or optional).</summary>
    public SiteOptions Configured => configured.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        Nilai = SiteSettings.Editable.ToDictionary(e => e.Key, e => SiteSettings.ValueOf(current, e.Key));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var values = new Dictionary<string, string>();
        foreach (var (key, label, maxLength, required) in SiteSettings.Editable)
        {
            var field = $"Nilai[{key}]";
            ModelState.Remove(field);
            var value = (Nilai.TryGetValue(key, out var typed) ? typed : null)?.Trim() ?? string.Empty;
            if (required && value.Length == 0)
            {
                ModelState.AddModelError(field, $"{label} wajib diisi.");
            }
            else if (value.Length > maxLength)
            {
                ModelState.AddModelError(field, $"{label} paling panjang {maxLength} karakter.");
            }
            else if (key == nameof(SiteOptions.Email) && value.Length > 0 && !new EmailAddressAttribute().IsValid(value))
            {
                ModelState.AddModelError(field, "Alamat surel tidak valid.");
            }
            else if (key == nameof(SiteOptions.PetaUrl) && value.Length > 0
                && !(Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            {
                ModelState.AddModelError(field, "Tautan peta harus alamat lengkap yang diawali https://.");
            }
            else
            {
                values[key] = value;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = await CurrentActorAsync();
        await settings.SaveAsync(values, actor.Name, ct);
        TempData["Pesan"] = "Pengaturan situs disimpan dan langsung dipakai di situs publik, halaman Kontak, dan Lembar Disposisi.";
        return RedirectToPage();
    }
}
