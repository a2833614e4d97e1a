using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Publik.Pages;

/// <summary>
/// Tracking a request by its number and secret code (the form, or the private link <c>?nomor=&amp;kode=</c>): status,
/// clock, the answer and its attachments, objections. A wrong number or code reads as one neutral message. Look-ups
/// with a code count against the address's budget (<see cref="PpidRateLimits.Lacak"/>).
/// </summary>
[EnableRateLimiting(PpidRateLimits.Lacak)]
public sealed class LacakModel(ILayananInformasi layanan, KeberatanJendela jendela, TimeProvider clock) : PageModel
{
    public const string TidakCocok = "Nomor register atau kode lacak tidak cocok. Periksa keduanya (kode lacak terdiri dari 8 huruf/angka, misalnya ABCD-2345), lalu coba lagi.";

    [BindProperty(SupportsGet = true)]
    public string? Nomor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kode { get; set; }

    public Permohonan? Permohonan { get; private set; }

    public bool KeberatanBoleh { get; private set; }

    public DateTimeOffset? KeberatanSampai { get; private set; }

    public string? Galat { get; private set; }

    /// <summary>Past the deadline without an answer.</summary>
    public bool Terlambat => Permohonan is { Status: not StatusPermohonan.Dijawab } p && clock.GetUtcNow() > p.BatasWaktu;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PpidHeaders.Private(HttpContext);
        if (string.IsNullOrWhiteSpace(Nomor) && string.IsNullOrWhiteSpace(Kode))
        {
            return Page();
        }

        Permohonan = string.IsNullOrWhiteSpace(Nomor) || string.IsNullOrWhiteSpace(Kode) || Nomor.Length > 100 || Kode.Length > 20
            ? null
            : await layanan.FindForRequesterAsync(Nomor.Trim(), Kode.Trim(), ct);
        if (Permohonan is null)
        {
            Galat = TidakCocok;
            return Page();
        }

        (KeberatanBoleh, KeberatanSampai) = await jendela.ForAsync(Permohonan, ct);
        return Page();
    }
}
