using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Diff;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Materi.Pages;

/// <summary>The diff on its own page (easy to read on a phone): the draft against what the reader last saw (else the previous version) and the live version.</summary>
public sealed class PerbedaanModel(MateriService service, MateriDiffs diffs, ReviewerBaseline seen) : AdminPageModel
{
    public MateriPublikasi Materi { get; private set; } = null!;

    public IReadOnlyList<VersionComparison> Comparisons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Materi = await service.LoadAsync(id, await CurrentActorAsync(), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var actor = await CurrentActorAsync();
        Comparisons = await diffs.ForAsync(Materi, await seen.ForAsync(Materi, actor.Id, ct), ct);
        await seen.RecordAsync(Materi, actor.Id, ct);
        return Page();
    }
}
