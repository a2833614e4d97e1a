using SopPublikasi.Module.Berkala;
using SopPublikasi.Module.Berkala.Pages;
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
        var inFlight = await tasks.InFlightAsync(Actor, ct);
        MyTasks = [.. inFlight.Where(w => w.MyActions.Count > 0)];
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

    /// <summary>Who holds the item now: the assigned staff member, else the role of the step.</summary>
    public static string Holder(WorkItem w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return w.State == WorkflowState.Penyusunan && w.AssigneeName is not null ? w.AssigneeName : w.PendingStep?.Performer ?? "-";
    }
}
