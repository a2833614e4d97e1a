using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Berkala;
using SopPublikasi.Module.Berkala.Pages;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Admin.Pages;

/// <summary>
/// The dashboard: what waits on me (overdue first), what I passed on that now waits on others, and for those who
/// may oversee (by default the Sekretaris, the PPID Pembantu and the Administrator) every item in flight with the
/// median time per step.
/// </summary>
public sealed class DasborModel(TaskQueries tasks, StepTimes stepTimes, PublicArticles articles, TimeProvider clock, BerkalaFreshness berkala) : AdminPageModel
{
    public Actor Actor { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<WorkItem> MyTasks { get; private set; } = [];

    /// <summary>My tasks past their due time: what I must do first.</summary>
    public IReadOnlyList<WorkItem> Overdue { get; private set; } = [];

    /// <summary>My tasks due before the end of today (WIB), not yet overdue.</summary>
    public IReadOnlyList<WorkItem> DueToday { get; private set; } = [];

    /// <summary>My other tasks, by due time.</summary>
    public IReadOnlyList<WorkItem> Later { get; private set; } = [];

    /// <summary>The search box (<c>?q=</c>): a part of the title or the nomor agenda; narrows every list.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<WorkItem> WaitingOnOthers { get; private set; } = [];

    public IReadOnlyList<WorkItem> InFlight { get; private set; } = [];

    public IReadOnlyList<StepMedian> Medians { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> RecentlyPublished { get; private set; } = [];

    public bool IsPpid => Actor.Has(SopRoles.PpidPembantu);

    /// <summary>Informasi berkala past Ppid:BerkalaMaxAge: for the PPID Pembantu and the Sekretaris only, else null.</summary>
    public BerkalaUsangView? BerkalaUsang { get; private set; }

    /// <summary>Sees every item in flight and the medians (<see cref="MateriPermissions.PantauMateri"/>).</summary>
    public bool IsOverseer => Actor.May(MateriPermissions.PantauMateriName);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = await CurrentActorAsync();
        Now = clock.GetUtcNow();
        var inFlight = Filter(await tasks.InFlightAsync(Actor, ct), Query);
        MyTasks = [.. inFlight.Where(w => w.MyActions.Count > 0)];
        var endOfToday = new DateTimeOffset(IndonesianTime.Today(clock).AddDays(1).ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset);
        Overdue = [.. MyTasks.Where(w => w.IsOverdue)];
        DueToday = [.. MyTasks.Where(w => !w.IsOverdue && w.DueAt <= endOfToday)];
        Later = [.. MyTasks.Where(w => !w.IsOverdue && !(w.DueAt <= endOfToday))];
        var mine = await tasks.MovedByAsync(Actor, ct);
        WaitingOnOthers = [.. inFlight.Where(w => w.MyActions.Count == 0 && mine.Contains(w.MateriId)).OrderBy(w => w.Since)];
        if (IsOverseer)
        {
            InFlight = inFlight;
            Medians = await stepTimes.MediansAsync(ct);
        }

        RecentlyPublished = (await articles.PageAsync(1, 5, ct)).Items;
        if (BerkalaFreshness.MaySee(Actor))
        {
            BerkalaUsang = new BerkalaUsangView(await berkala.StaleAsync(ct), berkala.MaxAgeMonths, Now);
        }
    }

    /// <summary>The items whose title or nomor agenda holds the query (ignoring case).</summary>
    public static IReadOnlyList<WorkItem> Filter(IReadOnlyList<WorkItem> items, string? query)
    {
        ArgumentNullException.ThrowIfNull(items);
        var q = query?.Trim();
        return string.IsNullOrEmpty(q)
            ? items
            : [.. items.Where(w => w.Title.Contains(q, StringComparison.CurrentCultureIgnoreCase) || w.NomorAgenda.Contains(q, StringComparison.CurrentCultureIgnoreCase))];
    }

    /// <summary>
    /// The moves offered on a card, each a button straight to its form on the item page. An approval that may also
    /// be scheduled is one button (the schedule is inside its form), as on the item page; the forward move first.
    /// </summary>
    public static IEnumerable<WorkflowTransition> CardActions(WorkItem w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return w.MyActions
            .Where(a => !(a.Rules.HasFlag(TransitionRules.Schedule)
                && w.MyActions.Any(o => o != a && o.From == a.From && (o.Rules | TransitionRules.Schedule) == a.Rules && o.Rules != a.Rules)))
            .OrderBy(a => a.Rules.HasFlag(TransitionRules.SendBack) || a.Rules.HasFlag(TransitionRules.Exempt) || a.Rules.HasFlag(TransitionRules.Withdraw));
    }

    /// <summary>Who holds the item now: the assigned staff member, else the role of the step.</summary>
    public static string Holder(WorkItem w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return w.State == WorkflowState.Penyusunan && w.AssigneeName is not null ? w.AssigneeName : w.PendingStep?.Performer ?? "-";
    }
}
