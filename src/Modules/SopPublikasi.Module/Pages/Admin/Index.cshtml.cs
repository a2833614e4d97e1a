using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Pages.Admin;

/// <summary>"Tugas Saya": what waits on me (overdue first), every item in flight, and what went live lately.</summary>
public sealed class IndexModel(TaskQueries tasks, PublicArticles articles) : AdminPageModel
{
    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<WorkItem> MyTasks { get; private set; } = [];

    public IReadOnlyList<WorkItem> InFlight { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> RecentlyPublished { get; private set; } = [];

    public bool IsPpid => Actor.Has(SopRoles.PpidPembantu);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = await CurrentActorAsync();
        InFlight = await tasks.InFlightAsync(Actor, ct);
        MyTasks = [.. InFlight.Where(w => w.MyActions.Count > 0)];
        RecentlyPublished = (await articles.PageAsync(1, 5, ct)).Items;
    }
}
