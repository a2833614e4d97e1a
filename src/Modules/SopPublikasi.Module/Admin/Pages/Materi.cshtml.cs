using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Diff;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Admin.Pages;

/// <summary>
/// One item: its Lembar Disposisi, the latest draft, the moves the current user may take (each with the form it
/// needs), the history timeline and the cross-post status.
/// </summary>
public sealed class MateriModel(
    MateriService service,
    MateriQueries queries,
    MediaFiles files,
    CrossPostQueries crossPosts,
    WorkflowLoader loader,
    ActorResolver actors,
    IOptions<DipOptions> dip,
    MateriDiffs diffs,
    CommentService comments,
    TimeProvider clock,
    CrossPosting.Channels.ChannelDirectory channels,
    OutboxWriter outbox,
    CrossPosting.Networks.SocialNetworks networks,
    HandOffMarks handOff,
    CrossPosting.Removal.RemovalQueries removals,
    Pratinjau.PreviewLinks previewLinks,
    IOptions<Pratinjau.PratinjauOptions> previewOptions,
    MateriDrafts drafts,
    IOptions<Site.SiteOptions> site,
    ReviewerBaseline seen) : AdminPageModel
{
    public DipOptions Dip => dip.Value;

    public MateriPublikasi Materi { get; private set; } = null!;

    public MateriVersion? Latest { get; private set; }

    public WorkflowDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<WorkflowTransition> Actions { get; private set; } = [];

    /// <summary>Whether the approval is left out because this person wrote or corrected the item (separation of duties).</summary>
    public bool OwnApprovalWithheld { get; private set; }

    public IReadOnlyList<AppUser> Staff { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> CrossPosts { get; private set; } = [];

    public IReadOnlyDictionary<string, CrossPosting.Channels.ResolvedChannel> CrossPostChannels { get; private set; } = new Dictionary<string, CrossPosting.Channels.ResolvedChannel>();

    /// <summary>The removals of a withdrawn article's posts, by outbox row.</summary>
    public IReadOnlyDictionary<Guid, CrossPosting.Removal.OutboxRemoval> Removals { get; private set; } = new Dictionary<Guid, CrossPosting.Removal.OutboxRemoval>();

    /// <summary>Whether this person may mark a WhatsApp hand-off row as sent by hand (KelolaSaluran).</summary>
    public bool CanMarkHandOff { get; private set; }

    /// <summary>Each channel's post as it will be sent, shown to whoever may approve (and editable by them).</summary>
    public IReadOnlyList<PostPreview> Previews { get; private set; } = [];

    /// <summary>The channel whose edit was refused, and why.</summary>
    public (string Channel, string Text, string Error)? RefusedEdit { get; private set; }

    public IReadOnlyDictionary<Guid, MediaFile> Files { get; private set; } = new Dictionary<Guid, MediaFile>();

    public bool CanEdit { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public bool IsOverdue { get; private set; }

    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    /// <summary>The draft against the previous and the live version.</summary>
    public IReadOnlyList<VersionComparison> Comparisons { get; private set; } = [];

    /// <summary>History rows and comments in one timeline, oldest first.</summary>
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>The diff is opened at correction and verification; elsewhere it is folded.</summary>
    public bool DiffOpen => Materi.State is WorkflowState.Koreksi or WorkflowState.Verifikasi;

    /// <summary>The action whose form failed, so its errors show beside its own fields.</summary>
    public string? FailedAction { get; private set; }

    /// <summary>The item's preview links, newest first (who made each, until when, who revoked it).</summary>
    public IReadOnlyList<Pratinjau.PreviewLink> PreviewLinkList { get; private set; } = [];

    /// <summary>The address of the link just made, shown once.</summary>
    public string? NewPreviewLink { get; private set; }

    /// <summary>How long a new preview link works, for the button.</summary>
    public string PreviewLifetime => previewOptions.Value.LinkLifetime is var t && t.TotalHours >= 1 && t.Minutes == 0
        ? $"{(int)t.TotalHours} jam"
        : $"{(int)t.TotalMinutes} menit";

    /// <summary>Every version of the item, newest first, each restorable as a new draft by whoever may edit now.</summary>
    public IReadOnlyList<VersionSummary> VersionList { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A preview link to the latest version for someone without an account; its address is shown once.</summary>
    public async Task<IActionResult> OnPostTautanPratinjauAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        try
        {
            var (_, token) = await previewLinks.CreateAsync(await service.LoadAsync(id, actor, ct), actor, ct);
            TempData["TautanPratinjau"] = site.Value.AbsoluteUrl(Pratinjau.PreviewLinks.Path(token));
            TempData["Pesan"] = "Tautan pratinjau dibuat. Salin sekarang: alamatnya tidak ditampilkan lagi.";
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowRuleException ex)
        {
            TempData["GalatPratinjau"] = ex.Message;
        }

        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "pratinjau-artikel");
    }

    /// <summary>Revokes one of the item's preview links (anyone who may see the item may stop a link).</summary>
    public async Task<IActionResult> OnPostCabutTautanPratinjauAsync(Guid id, Guid tautan, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            await previewLinks.RevokeAsync(id, tautan, actor, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        TempData["Pesan"] = "Tautan pratinjau dicabut.";
        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "pratinjau-artikel");
    }

    /// <summary>"Pulihkan sebagai draf baru": a new version with an earlier version's content, by whoever may edit now.</summary>
    public async Task<IActionResult> OnPostPulihkanVersiAsync(Guid id, int versi, int versiDasar, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        try
        {
            var version = await drafts.RestoreAsync(id, versi, versiDasar, actor, ct);
            TempData["Pesan"] = $"Isi versi {versi} dipulihkan sebagai versi {version.Number}.";
        }
        catch (NotFoundException ex)
        {
            if (!await VisibleAsync(id, actor, ct))
            {
                return NotFound();
            }

            TempData["GalatPratinjau"] = ex.Message; // the item is there, the version is not
        }
        catch (WorkflowRuleException ex) when (ex.IsForbidden)
        {
            return Forbid();
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            TempData["GalatPratinjau"] = ex.Message;
        }

        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "versi");
    }

    private async Task<bool> VisibleAsync(Guid id, Security.Actor actor, CancellationToken ct)
    {
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        // What this person has now seen: their next diff starts here (after the comparisons above were made).
        await seen.RecordAsync(Materi, (await CurrentActorAsync()).Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTransisiAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        var forbidden = false;
        if (ModelState.IsValid)
        {
            try
            {
                var entries = await service.TransitionAsync(id, Input, actor, ct);
                var definition = await loader.LoadDefinitionAsync(ct);
                TempData["Pesan"] = entries[^1].To switch
                {
                    WorkflowState.Terbit => "Materi disetujui dan langsung tayang di website; kiriman media sosial diantrikan.",
                    WorkflowState.Terjadwal => "Jadwal tayang tersimpan: materi tayang otomatis pada waktunya, lalu kiriman media sosial diantrikan.",
                    WorkflowState.Ditarik => "Materi ditarik dari publikasi: tidak lagi tampil di website, API, feed, sitemap, dan pencarian; kiriman media sosial dihapus.",
                    _ => $"Berhasil: {string.Join(", ", entries.Select(e => definition.ActionLabel(e.Action)))}. Tahap sekarang: {definition.StateName(entries[^1].To)}.",
                };
                return RedirectToPage("/Admin/Pages/Materi", new { id });
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                ShowErrors(ex, nameof(Input));

                // A move the SOP reserves to another role or person: the reason is shown, with the status that says so.
                forbidden = ex is WorkflowRuleException { IsForbidden: true };
            }
        }

        FailedAction = Input.Aksi;
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (forbidden)
        {
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostKomentarAsync(Guid id, string? komentar, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        try
        {
            await comments.AddAsync(id, komentar, actor, ct);
            TempData["Pesan"] = "Komentar ditambahkan.";
            return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "riwayat");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InputException ex)
        {
            foreach (var message in ex.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError("Komentar", message);
            }
        }

        FailedAction = "komentar";
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>The verifier words one channel's post in their own way; the edit is kept and sent on approval.</summary>
    public async Task<IActionResult> OnPostPratinjauAsync(Guid id, string? kanal, string? teks, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var preview = Previews.FirstOrDefault(p => string.Equals(p.Channel.Name, kanal, StringComparison.OrdinalIgnoreCase));
        if (preview is null || Latest is null)
        {
            return Forbid(); // only whoever may approve this item now edits its posts
        }

        var text = teks?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var problem = networks.EditProblem(preview.Channel, text, outbox.Draft(Materi, Latest).Link, Latest.CoverImageId is not null);
        if (problem is not null)
        {
            RefusedEdit = (preview.Channel.Name, teks ?? string.Empty, problem);
            return Page();
        }

        var actor = await CurrentActorAsync();
        await crossPosts.SaveEditAsync(id, preview.Channel.Name, text!, actor.Id, ct);
        TempData["Pesan"] = $"Teks untuk {preview.Channel.Name} disimpan; dipakai saat materi disetujui.";
        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "pratinjau");
    }

    /// <summary>"Tandai sudah dikirim" for one of this item's WhatsApp rows; a second submit changes nothing.</summary>
    public async Task<IActionResult> OnPostTandaiTerkirimAsync(Guid id, Guid kiriman, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (!actor.May(CrossPostingPermissions.KelolaSaluranName))
        {
            return Forbid();
        }

        try
        {
            await service.LoadAsync(id, actor, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var (done, message) = await handOff.MarkAsync(kiriman, id, actor, ct);
        TempData[done ? "Pesan" : "Galat"] = message;
        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "medsos");
    }

    /// <summary>"Sudah dihapus manual" for a post of this (withdrawn) item that a person deleted on the network.</summary>
    public async Task<IActionResult> OnPostTandaiDihapusAsync(Guid id, Guid penghapusan, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (!actor.May(CrossPostingPermissions.KelolaSaluranName))
        {
            return Forbid();
        }

        try
        {
            await service.LoadAsync(id, actor, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var (done, message) = await removals.MarkRemovedByHandAsync(penghapusan, id, actor, ct);
        TempData[done ? "Pesan" : "Galat"] = message;
        return RedirectToPage("/Admin/Pages/Materi", null, new { id }, "medsos");
    }

    /// <summary>A hand-off row's copy text, with the mark button for those who may mark it.</summary>
    public HandOffView HandOff(OutboxMessage row) =>
        new(row, CrossPostChannels.GetValueOrDefault(row?.Channel ?? string.Empty)?.OptionalCredential(CrossPosting.Networks.WhatsApp.WhatsAppNetwork.DestinationKey), CanMarkHandOff);

    public string StateName(WorkflowState state) => Definition.StateName(state);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        Materi = await service.LoadAsync(id, actor, ct);
        Latest = Materi.LatestVersionId is { } latestId
            ? await queries.VersionAsync(latestId, withCategory: true, ct)
            : null;
        Definition = await loader.LoadDefinitionAsync(ct);
        var authors = await service.AuthorsAsync(id, ct);
        Actions = Materi.AvailableTo(Definition.Machine, actor, authors);
        OwnApprovalWithheld = Materi.WouldApproveOwnWork(Definition.Machine, actor, authors);
        CanEdit = Materi.CanEdit(actor);
        if (Actions.Any(a => a.Rules.HasFlag(TransitionRules.Assign)))
        {
            Staff = await actors.InRoleAsync(SopRoles.StafSekretariat);
        }

        CanMarkHandOff = actor.May(CrossPostingPermissions.KelolaSaluranName);
        CrossPosts = await crossPosts.ForMateriAsync(id, ct);
        Removals = CrossPosts.Count > 0 ? await removals.ForMateriAsync(id, ct) : Removals;
        if (CrossPosts.Count > 0)
        {
            CrossPostChannels = (await channels.AllAsync(ct)).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        }

        if (Latest is not null && Materi.Slug is not null && !Materi.HasBeenPublished && Actions.Any(a => a.Action == "setujui"))
        {
            Previews = await outbox.PreviewAsync(Materi, Latest, ct);
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

        Files = await files.ByIdsAsync(fileIds, ct);
        Comparisons = await diffs.ForAsync(Materi, await seen.ForAsync(Materi, actor.Id, ct), ct);
        PreviewLinkList = await previewLinks.ForAsync(id, ct);

        // The preview links' making and revoking are part of the item's story (from their own rows: the hash-chained
        // history holds the SOP's moves only).
        Timeline =
        [
            .. Materi.History.Select(h => new TimelineItem(h.At, h, null))
                .Concat((await comments.ForAsync(id, ct)).Select(c => new TimelineItem(c.At, null, c)))
                .Concat(PreviewLinkList.Select(l => new TimelineItem(l.CreatedAt, null, null, new PreviewLinkEvent(l, Revoked: false))))
                .Concat(PreviewLinkList.Where(l => l.RevokedAt is not null).Select(l => new TimelineItem(l.RevokedAt!.Value, null, null, new PreviewLinkEvent(l, Revoked: true))))
                .OrderBy(t => t.At)
                .ThenBy(t => t.History?.Sequence ?? int.MaxValue),
        ];
        DueAt = Definition.DueAt(Materi.State, Materi.StateSince);
        IsOverdue = DueAt < clock.GetUtcNow();
        NewPreviewLink = TempData["TautanPratinjau"] as string;
        VersionList = await drafts.VersionsAsync(id, ct);
    }
}

/// <summary>One line of an item's timeline: a history row, a comment, or a preview link made or revoked.</summary>
public sealed record TimelineItem(DateTimeOffset At, HistoryEntry? History, MateriComment? Comment, PreviewLinkEvent? Preview = null);

/// <summary>A preview link for someone without an account, made (or, with <paramref name="Revoked"/>, revoked).</summary>
public sealed record PreviewLinkEvent(Pratinjau.PreviewLink Link, bool Revoked);
