using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data.Idempotency;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Publik.Pages;

/// <summary>
/// The objection form (keberatan, UU 14/2008 Pasal 35): number and code, the grounds, the account. The desk's refusals
/// (the window passed, not allowed yet, another objection waiting) are shown as they are; on success the tracking
/// page opens with the objection's number and deadline.
/// </summary>
[EnableRateLimiting(PpidRateLimits.Kirim)]
public sealed class KeberatanModel(ILayananInformasi layanan, IdempotencyStore once) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Nomor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kode { get; set; }

    [BindProperty]
    public List<AlasanKeberatan> Alasan { get; set; } = [];

    [BindProperty]
    public string? Uraian { get; set; }

    public string FormToken { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The desk refused the objection (not the input): shown on top, in its words.</summary>
    public string? Penolakan { get; private set; }

    public void OnGet() => PpidHeaders.Private(HttpContext);

    public async Task<IActionResult> OnPostAsync(string? formToken, CancellationToken ct)
    {
        PpidHeaders.Private(HttpContext);
        if (string.IsNullOrWhiteSpace(Nomor))
        {
            ModelState.AddModelError(nameof(Nomor), "Isi nomor register permohonan.");
        }

        if (string.IsNullOrWhiteSpace(Kode))
        {
            ModelState.AddModelError(nameof(Kode), "Isi kode lacak permohonan.");
        }

        if (Alasan.Count == 0)
        {
            ModelState.AddModelError(nameof(Alasan), "Pilih sekurang-kurangnya satu alasan keberatan.");
        }

        if (string.IsNullOrWhiteSpace(Uraian))
        {
            ModelState.AddModelError(nameof(Uraian), "Uraikan keberatan Anda.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = formToken is { Length: > 0 and <= 64 } ? "ppid-keberatan:" + formToken : null;
        if (key is not null)
        {
            var claim = await once.ClaimAsync(key, IdempotencyStore.Hash(Request.Path), TimeSpan.FromHours(1), TimeSpan.FromSeconds(20), ct);
            if (claim.Outcome == ClaimOutcome.Replay && claim.First?.Location is { } location)
            {
                return LocalRedirect(location);
            }

            if (claim.Outcome != ClaimOutcome.Claimed)
            {
                Penolakan = "Keberatan ini sedang diproses. Tunggu sebentar, lalu lihat hasilnya di halaman Lacak Permohonan.";
                return Page();
            }
        }

        try
        {
            var result = await layanan.FileObjectionAsync(Nomor!.Trim(), Kode!.Trim(), new KeberatanInput(Alasan, Uraian?.Trim() ?? string.Empty), ct);
            var target = PpidTautan.Lacak(Nomor.Trim(), Kode.Trim());
            if (key is not null)
            {
                await once.CompleteAsync(key, StatusCodes.Status302Found, target, null, null, ct);
            }

            TempData["ppid-pesan"] = $"Keberatan Anda diterima dengan nomor register {result.NomorRegister}. Atasan PPID menanggapi paling lambat {PpidWaktu.Batas(result.BatasWaktu)}.";
            return LocalRedirect(target);
        }
        catch (Exception ex) when (ex is InputException or LayananRuleException or NotFoundException)
        {
            if (key is not null)
            {
                await once.ReleaseAsync(key);
            }

            switch (ex)
            {
                case InputException input:
                    FormErrors.Add(ModelState, input.Errors, string.Empty, [nameof(Alasan), nameof(Uraian), nameof(Nomor), nameof(Kode)]);
                    break;
                case NotFoundException:
                    Penolakan = LacakModel.TidakCocok;
                    break;
                default:
                    Penolakan = ex.Message;
                    break;
            }

            return Page();
        }
        catch
        {
            if (key is not null)
            {
                await once.ReleaseAsync(key);
            }

            throw;
        }
    }
}
