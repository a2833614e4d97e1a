using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Disposisi.Pages;

/// <summary>SOP step 1: the PPID Pembantu fills in the Lembar Disposisi.</summary>
public sealed class BaruModel(DisposisiService service, InstruksiDisposisiStore instruksi, MediaStore media, TimeProvider clock) : AdminPageModel
{
    /// <summary>Ticked on a new sheet when the checklist offers them (the usual disposisi for publication).</summary>
    private static readonly string[] PreTicked = ["Untuk ditindaklanjuti", "Untuk dipublikasikan"];

    [BindProperty]
    public DisposisiInput Input { get; set; } = new();

    public IReadOnlyList<string> Instructions { get; private set; } = [];

    public string MaxUpload => MediaStore.FormatSize(media.MaxUploadBytes);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!(await CurrentActorAsync()).Has(SopRoles.PpidPembantu))
        {
            return Forbid();
        }

        Instructions = await instruksi.ActiveAsync(ct);
        var today = Common.IndonesianTime.Today(clock);
        Input.TanggalDiterima = today;
        Input.TanggalDisposisi = today;
        Input.Instruksi = [.. PreTicked.Where(Instructions.Contains)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? pindaian, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (!actor.Has(SopRoles.PpidPembantu))
        {
            return Forbid();
        }

        Instructions = await instruksi.ActiveAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var materi = await service.CreateAsync(Input, pindaian, actor, ct);
            TempData["Pesan"] = $"Disposisi nomor agenda {materi.Disposisi.NomorAgenda} diberikan dan diteruskan ke langkah berikutnya.";
            return RedirectToPage("/Admin/Pages/Materi", new { id = materi.Id });
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            ShowErrors(ex, nameof(Input));
            return Page();
        }
    }
}
