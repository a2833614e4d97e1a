using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data.Idempotency;

namespace SopPublikasi.Module.LayananInformasi.Publik.Pages;

/// <summary>
/// The request form (permohonan informasi publik) for anyone, no account, no script needed. Guarded by a budget per
/// address (<see cref="PpidRateLimits.Kirim"/>), a honeypot and antiforgery; a second click on "Kirim" lands on the
/// first one's result (the form token, claimed in <see cref="IdempotencyStore"/>). Success redirects to the page that
/// shows the number and the code once.
/// </summary>
[EnableRateLimiting(PpidRateLimits.Kirim)]
[RequestFormLimits(MultipartBodyLengthLimit = 20L * 1024 * 1024)]
public sealed class PermohonanModel(
    ILayananInformasi layanan,
    IdempotencyStore once,
    SuratPemohonOutbox outbox,
    IDataProtectionProvider protection,
    IOptionsMonitor<LayananOptions> options) : PageModel
{
    private static readonly string[] Fields = typeof(PermohonanForm).GetProperties().Select(p => p.Name).ToArray();

    [BindProperty]
    public PermohonanForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Identitas { get; set; }

    /// <summary>A new one on every render; the first POST with it claims it.</summary>
    public string FormToken { get; private set; } = Guid.NewGuid().ToString("N");

    public int RetensiBulan => options.CurrentValue.RetensiDataPribadiBulan;

    public long MaxUploadBytes => options.CurrentValue.MaxUploadBytes;

    /// <summary>The form came back with errors while a file had been chosen: the browser does not keep it.</summary>
    public bool BerkasHilang { get; private set; }

    /// <summary>The form carries this visitor's antiforgery and form tokens: never from a shared cache.</summary>
    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(string? formToken, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Input.Situs))
        {
            // A robot filled in the field people do not see: refused without saying why.
            return BadRequest();
        }

        foreach (var error in Input.CrossFieldErrors())
        {
            ModelState.AddModelError("Input." + error.MemberNames.First(), error.ErrorMessage!);
        }

        if (!ModelState.IsValid)
        {
            return Again();
        }

        var key = formToken is { Length: > 0 and <= 64 } ? "ppid-permohonan:" + formToken : null;
        if (key is not null)
        {
            var claim = await once.ClaimAsync(key, IdempotencyStore.Hash(Request.Path), TimeSpan.FromHours(1), TimeSpan.FromSeconds(20), ct);
            if (claim.Outcome == ClaimOutcome.Replay && PermohonanTerkirim.Unprotect(protection, claim.First?.Body) is { } first)
            {
                TempData[PermohonanTerkirim.TempDataKey] = first.ToJson();
                return Redirect(PpidTautan.Terkirim);
            }

            if (claim.Outcome != ClaimOutcome.Claimed)
            {
                ModelState.AddModelError(string.Empty, "Permohonan ini sedang diproses. Tunggu sebentar, lalu lihat hasilnya di halaman Lacak Permohonan atau kotak masuk e-mail Anda.");
                return Again();
            }
        }

        try
        {
            var identitas = Identitas is { Length: > 0 } file
                ? new UnggahanIdentitas(Path.GetFileName(file.FileName), file.ContentType, file.OpenReadStream)
                : null;
            var result = await layanan.SubmitAsync(Input.ToInput(identitas), staff: null, ct);
            await outbox.ReleaseWithCodeAsync(result.Id, result.KodeLacak, ct);
            var shown = new PermohonanTerkirim(result.Id, result.NomorRegister, result.KodeLacak, result.BatasWaktu, !string.IsNullOrWhiteSpace(Input.Email));
            if (key is not null)
            {
                await once.CompleteAsync(key, StatusCodes.Status302Found, PpidTautan.Terkirim, null, shown.Protect(protection), ct);
            }

            TempData[PermohonanTerkirim.TempDataKey] = shown.ToJson();
            return Redirect(PpidTautan.Terkirim);
        }
        catch (Exception ex) when (ex is InputException or LayananRuleException)
        {
            if (key is not null)
            {
                await once.ReleaseAsync(key);
            }

            if (ex is InputException input)
            {
                AddErrors(input.Errors);
            }
            else
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }

            return Again();
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

    private void AddErrors(IDictionary<string, string[]> errors)
    {
        // The scan's errors go beside the file field, the rest beside the form's own fields.
        var scan = errors.Where(e => e.Key.Contains("identitas", StringComparison.OrdinalIgnoreCase) && !e.Key.Equals(nameof(PermohonanForm.NomorIdentitas), StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var (_, messages) in scan)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(nameof(Identitas), message);
            }
        }

        FormErrors.Add(ModelState, errors.Except(scan).ToDictionary(), "Input.", Fields);
    }

    private PageResult Again()
    {
        BerkasHilang = Identitas is { Length: > 0 };
        return Page();
    }
}
