using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Pages.Admin.Materi;

/// <summary>
/// One item: its Lembar Disposisi, the latest draft, the moves the current user may take (each with the form it
/// needs), the history timeline and the cross-post status.
/// </summary>
public sealed class DetailModel(
    SopDbContext db, MateriService service, WorkflowLoader loader, ActorResolver actors, IOptions<DipOptions> dip, TimeProvider clock,
    CrossPosting.Channels.ChannelDirectory channels) : AdminPageModel
{
    public DipOptions Dip => dip.Value;

    public MateriPublikasi Materi { get; private set; } = null!;

    public MateriVersion? Latest { get; private set; }

    public WorkflowDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<WorkflowTransition> Actions { get; private set; } = [];

    public IReadOnlyList<AppUser> Staff { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> CrossPosts { get; private set; } = [];

    public IReadOnlyDictionary<string, CrossPosting.Channels.ResolvedChannel> CrossPostChannels { get; private set; } = new Dictionary<string, CrossPosting.Channels.ResolvedChannel>();

    public IReadOnlyDictionary<Guid, MediaFile> Files { get; private set; } = new Dictionary<Guid, MediaFile>();

    public bool CanEdit { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public bool IsOverdue { get; private set; }

    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    /// <summary>The action whose form failed, so its errors show beside its own fields.</summary>
    public string? FailedAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTransisiAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (ModelState.IsValid)
        {
            try
            {
                var entries = await service.TransitionAsync(id, Input, actor, ct);
                TempData["Pesan"] = entries[^1].To switch
                {
                    WorkflowState.Terbit => "Materi disetujui dan langsung tayang di website; kiriman media sosial diantrikan.",
                    _ => $"Berhasil: {string.Join(", ", entries.Select(e => e.Action))}.",
                };
                return Redirect($"/admin/materi/{id}");
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                ShowErrors(ex, nameof(Input));
            }
        }

        FailedAction = Input.Aksi;
        await LoadAsync(id, ct);
        return Page();
    }

    public string StateName(WorkflowState state) => Definition.StateName(state);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        Materi = await service.LoadAsync(id, ct);
        Latest = Materi.LatestVersionId is { } latestId
            ? await db.MateriVersions.AsNoTracking().Include(v => v.Category).FirstAsync(v => v.Id == latestId, ct)
            : null;
        Definition = await loader.LoadDefinitionAsync(ct);
        Actions = [.. Definition.Machine.Available(Materi.State, actor, Materi.AssigneeId)];
        CanEdit = Materi.CanEdit(actor);
        if (Actions.Any(a => a.Rules.HasFlag(TransitionRules.Assign)))
        {
            Staff = await actors.InRoleAsync(SopRoles.StafSekretariat);
        }

        CrossPosts = await db.Outbox.AsNoTracking().Where(o => o.MateriId == id).OrderBy(o => o.Channel).ToListAsync(ct);
        if (CrossPosts.Count > 0)
        {
            CrossPostChannels = (await channels.AllAsync(ct)).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        }
        var fileIds = new List<Guid>();
        if (Materi.Disposisi.ScanId is { } scan)
        {
            fileIds.Add(scan);
        }

        if (Latest is not null)
        {
            fileIds.AddRange(Latest.AttachmentIds);
            if (Latest.CoverImageId is { } cover)
            {
                fileIds.Add(cover);
            }
        }

        Files = await db.Media.AsNoTracking().Where(m => fileIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        DueAt = Definition.DueAt(Materi.State, Materi.StateSince);
        IsOverdue = DueAt < clock.GetUtcNow();
    }
}
