using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>
/// Staff record a request that came by letter, visit, WhatsApp or e-mail (<c>/admin/layanan/permohonan/baru</c>): the
/// same fields as the public form; the number and the tracking code are shown once, to be handed to the requester.
/// </summary>
[RequirePermission(LayananPermissions.CatatPermohonanName)]
public sealed class BaruModel(ILayananInformasi desk) : LayananPageModel
{
    public const string Form = "catat";

    public sealed class InputModel
    {
        public SaluranPermohonan Saluran { get; set; } = SaluranPermohonan.Langsung;

        public JenisPemohon JenisPemohon { get; set; } = JenisPemohon.Perorangan;

        public string? NamaPemohon { get; set; }

        public string? NomorIdentitas { get; set; }

        public string? Alamat { get; set; }

        public string? Telepon { get; set; }

        public string? Email { get; set; }

        public string? RincianInformasi { get; set; }

        public string? TujuanPenggunaan { get; set; }

        public CaraMemperoleh CaraMemperoleh { get; set; } = CaraMemperoleh.MelihatMembaca;

        public CaraMendapatkanSalinan? CaraMendapatkanSalinan { get; set; }

        public bool Persetujuan { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set after a successful record: shown once.</summary>
    public PermohonanTerdaftar? Terdaftar { get; private set; }

    public static IReadOnlyList<SaluranPermohonan> StaffChannels { get; } =
        [SaluranPermohonan.Langsung, SaluranPermohonan.Surat, SaluranPermohonan.WhatsApp, SaluranPermohonan.Email];

    /// <summary>The form; the page may show a tracking code, so it is never cached.</summary>
    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(IFormFile? identitas, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        var i = Input;
        var scan = identitas is { Length: > 0 } f ? new UnggahanIdentitas(Path.GetFileName(f.FileName), f.ContentType, f.OpenReadStream) : null;
        var input = new PermohonanInput(
            i.JenisPemohon, i.NamaPemohon?.Trim() ?? "", i.NomorIdentitas?.Trim() ?? "", i.Alamat?.Trim() ?? "",
            Blank(i.Telepon), Blank(i.Email), i.RincianInformasi?.Trim() ?? "", i.TujuanPenggunaan?.Trim() ?? "",
            i.CaraMemperoleh, i.CaraMemperoleh == CaraMemperoleh.MelihatMembaca ? null : i.CaraMendapatkanSalinan, i.Persetujuan, scan, i.Saluran);
        try
        {
            Terdaftar = await desk.SubmitAsync(input, actor, ct);
        }
        catch (Exception ex) when (Fail(Form, ex))
        {
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
