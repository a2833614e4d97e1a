using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Admin.Pages;

/// <summary>
/// The Lembar Disposisi for paper: the office letterhead, every field, the instruction checklist with the chosen
/// ones ticked, and the forwarding and paraf so far (who, when), on one half-folio (215 × 165 mm) or A4 sheet.
/// </summary>
public sealed class CetakModel(MateriService service, WorkflowLoader loader, SiteSettings site, InstruksiDisposisiStore instruksi) : AdminPageModel
{
    public SiteOptions Site { get; private set; } = null!;

    /// <summary>Today's checklist, plus any option ticked on this sheet that has since been renamed or retired.</summary>
    public IReadOnlyList<string> Instructions { get; private set; } = [];

    public MateriPublikasi Materi { get; private set; } = null!;

    public WorkflowDefinition Definition { get; private set; } = null!;

    /// <summary>"a4" or "folio" (half folio, the default of the regional form).</summary>
    public string Ukuran { get; private set; } = "folio";

    public async Task<IActionResult> OnGetAsync(Guid id, string? ukuran, CancellationToken ct)
    {
        try
        {
            Materi = await service.LoadAsync(id, await CurrentActorAsync(), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Definition = await loader.LoadDefinitionAsync(ct);
        Site = await site.GetAsync(ct);
        var active = await instruksi.ActiveAsync(ct);
        Instructions = [.. active, .. Materi.Disposisi.Instruksi.Where(i => !active.Contains(i))];
        Ukuran = ukuran == "a4" ? "a4" : "folio";
        return Page();
    }
}
