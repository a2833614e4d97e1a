using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Pages.Admin.Disposisi;

/// <summary>SOP step 1: the PPID Pembantu fills in the Lembar Disposisi.</summary>
public sealed class BaruModel(DisposisiService service, IOptions<DisposisiOptions> options, MediaStore media, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public DisposisiInput Input { get; set; } = new();

    public IReadOnlyList<string> Instructions => options.Value.Instructions;

    public string MaxUpload => MediaStore.FormatSize(media.MaxUploadBytes);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await CurrentActorAsync()).Has(SopRoles.PpidPembantu))
        {
            return Forbid();
        }

        var today = Common.IndonesianTime.Today(clock);
        Input.TanggalDiterima = today;
        Input.TanggalDisposisi = today;
        Input.Instruksi = ["Untuk ditindaklanjuti", "Untuk dipublikasikan"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? pindaian, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (!actor.Has(SopRoles.PpidPembantu))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var materi = await service.CreateAsync(Input, pindaian, actor, ct);
            TempData["Pesan"] = $"Disposisi nomor agenda {materi.Disposisi.NomorAgenda} diberikan dan diteruskan ke langkah berikutnya.";
            return Redirect($"/admin/materi/{materi.Id}");
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            ShowErrors(ex, nameof(Input));
            return Page();
        }
    }
}
