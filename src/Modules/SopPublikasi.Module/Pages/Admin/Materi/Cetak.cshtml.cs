using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Pages.Admin.Materi;

/// <summary>
/// The Lembar Disposisi for paper: the office letterhead, every field, the instruction checklist with the chosen
/// ones ticked, and the forwarding and paraf so far (who, when), on one half-folio (215 × 165 mm) or A4 sheet.
/// </summary>
public sealed class CetakModel(MateriService service, WorkflowLoader loader, IOptions<SiteOptions> site, IOptions<DisposisiOptions> disposisi) : AdminPageModel
{
    public SiteOptions Site => site.Value;

    public IReadOnlyList<string> Instructions => disposisi.Value.Instructions;

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
        Ukuran = ukuran == "a4" ? "a4" : "folio";
        return Page();
    }
}
