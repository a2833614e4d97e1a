using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
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
public sealed class SitusModel(SiteSettings settings, IOptions<SiteOptions> configured, SiteLogo logo, Media.MediaStore media, Media.MediaFiles mediaFiles) : AdministratorPageModel
{
    /// <summary>The smallest logo side accepted: below it the favicon and app icons would be blurred.</summary>
    public const int MinLogoSide = 64;

    /// <summary>A new logo: PNG, JPEG or WebP (checked by its bytes like every upload; SVG is refused, see <see cref="LogoProblem"/>).</summary>
    [BindProperty]
    public IFormFile? Logo { get; set; }

    /// <summary>Remove the logo: the default emblem is shown again.</summary>
    [BindProperty]
    public bool HapusLogo { get; set; }

    /// <summary>The logo shown now.</summary>
    public LogoState CurrentLogo { get; private set; } = LogoState.Default;

    [BindProperty]
    public Dictionary<string, string?> Nilai { get; set; } = [];

    /// <summary>The configured value of each field (what "kosongkan" falls back to is not offered: a value is required or optional).</summary>
    public SiteOptions Configured => configured.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        Nilai = SiteSettings.Editable.ToDictionary(e => e.Key, e => SiteSettings.ValueOf(current, e.Key));
        CurrentLogo = await logo.CurrentAsync(ct);
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

        CurrentLogo = await logo.CurrentAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = await CurrentActorAsync();
        if (Logo is { Length: > 0 } upload)
        {
            var saved = await SaveLogoAsync(upload, actor.Id, ct);
            if (saved is null)
            {
                return Page();
            }

            values[nameof(SiteOptions.LogoId)] = saved.Value.ToString();
        }
        else if (HapusLogo)
        {
            values[nameof(SiteOptions.LogoId)] = string.Empty;
        }

        await settings.SaveAsync(values, actor.Name, ct);
        TempData["Pesan"] = "Pengaturan situs disimpan dan langsung dipakai di situs publik, halaman Kontak, dan Lembar Disposisi.";
        return RedirectToPage();
    }

    /// <summary>
    /// Why an upload is not taken as the logo before it is stored, or null. SVG is refused rather than sanitized: an
    /// SVG is a document that may carry scripts, external references and event handlers, and the logo ends up in the
    /// favicon, app icons, link previews and the printed kop, which all need pixels anyway (SkiaSharp draws no SVG).
    /// A PNG exported from the SVG is just as sharp at the sizes served.
    /// </summary>
    public static string? LogoProblem(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && (text.Contains("<svg", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            ? "Logo SVG tidak diterima karena dapat memuat skrip. Unggah logo sebagai PNG (disarankan, dengan latar transparan) atau JPEG."
            : null;
    }

    private async Task<Guid?> SaveLogoAsync(IFormFile upload, string uploaderId, CancellationToken ct)
    {
        const string field = nameof(Logo);
        var head = new byte[Math.Min(upload.Length, 512)];
        await using (var start = upload.OpenReadStream())
        {
            await start.ReadExactlyAsync(head, ct);
        }

        if (LogoProblem(head) is { } problem)
        {
            ModelState.AddModelError(field, problem);
            return null;
        }

        await using var stream = upload.OpenReadStream();
        Media.MediaFile file;
        try
        {
            file = await media.SaveAsync(stream, upload.Length, upload.FileName, Media.MediaKind.Image, uploaderId, ct);
        }
        catch (Media.UploadRejectedException ex)
        {
            ModelState.AddModelError(field, ex.Message.Replace("Berkas bukan gambar yang didukung (JPEG, PNG, WebP, atau GIF).", "Logo harus berupa gambar PNG, JPEG, atau WebP.", StringComparison.Ordinal));
            return null;
        }

        if (file.Width < MinLogoSide || file.Height < MinLogoSide)
        {
            media.Discard([file]);
            ModelState.AddModelError(field, $"Logo terlalu kecil ({file.Width} × {file.Height} piksel); sisi terpendeknya paling sedikit {MinLogoSide} piksel, sebaiknya 512.");
            return null;
        }

        await mediaFiles.AddAsync(file, ct);
        return file.Id;
    }
}
