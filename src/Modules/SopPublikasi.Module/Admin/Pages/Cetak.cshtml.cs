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

    /// <summary>"a4", "f4" (215 × 330 mm) or "folio" (half folio, the default of the regional form).</summary>
    public string Ukuran { get; private set; } = "folio";

    /// <summary>
    /// The route for the paraf table, compact so that the sheet stays one page after any number of send-back rounds:
    /// one row per SOP step, with the step's last move forward (who, when), or its last move of any kind if it
    /// has none yet.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Route { get; private set; } = [];

    /// <summary>The send-backs, newest last (summarized on the sheet: how many, and the latest with its reason).</summary>
    public IReadOnlyList<HistoryEntry> SendBacks { get; private set; } = [];

    /// <summary>How many history entries the sheet does not list one by one (they are in the system).</summary>
    public int NotListed => Materi.History.Count - Route.Count;

    /// <summary>Longest texts on the sheet (characters); the whole text stays in the system.</summary>
    public const int PerihalMax = 200;

    public const int CatatanMax = 300;

    public const int FieldMax = 90;

    public const int NoteMax = 90;

    /// <summary>A paraf's time in one short line: "7 Des 2026 13.31" (WIB, as the sheet's heading says).</summary>
    public static string ParafTime(DateTimeOffset at) =>
        IndonesianTime.ToWib(at).ToString("d MMM yyyy HH.mm", IndonesianTime.Culture);

    /// <summary>The text cut to <paramref name="max"/> characters (never inside a surrogate pair), with "…" when cut.</summary>
    public static string Cut(string? text, int max)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= max)
        {
            return text ?? string.Empty;
        }

        var end = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text[..end].TrimEnd() + "…";
    }

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
        Ukuran = ukuran is "a4" or "f4" ? ukuran : "folio";
        var sendBack = Definition.Machine.Transitions.Where(t => t.Rules.HasFlag(TransitionRules.SendBack)).Select(t => t.Action).ToHashSet(StringComparer.Ordinal);
        var history = Materi.History.OrderBy(h => h.Sequence).ToList();
        SendBacks = [.. history.Where(h => sendBack.Contains(h.Action))];
        Route =
        [
            .. history.GroupBy(h => h.SopStep)
                .OrderBy(g => g.Key)
                .Select(g => g.LastOrDefault(h => !sendBack.Contains(h.Action)) ?? g.Last()),
        ];
        return Page();
    }
}
