using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// The publication material from disposisi to live article: the aggregate that guards every move of the SOP,
/// keeps every saved version and appends the hash-chained history.
/// </summary>
public sealed class MateriPublikasi
{
    private readonly List<object> _events = [];

    public Guid Id { get; private set; }

    public Guid DisposisiId { get; private set; }

    public LembarDisposisi Disposisi { get; private set; } = null!;

    public WorkflowState State { get; private set; }

    public DateTimeOffset StateSince { get; private set; }

    public string? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public int LatestVersion { get; private set; }

    public Guid? LatestVersionId { get; private set; }

    public Guid? PublishedVersionId { get; private set; }

    /// <summary>The category of the latest version, kept here so that publishing can record it without loading the version.</summary>
    public int? LatestCategoryId { get; private set; }

    /// <summary>
    /// The category of the live version, copied onto the item so that the public lists count and page one
    /// category through an index instead of reading every version row.
    /// </summary>
    public int? PublishedCategoryId { get; private set; }

    public MateriVersion? PublishedVersion { get; private set; }

    public DateTimeOffset? FirstPublishedAt { get; private set; }

    public DateTimeOffset? LastPublishedAt { get; private set; }

    public KategoriInformasi? KategoriInformasi { get; private set; }

    public UjiKonsekuensi? UjiKonsekuensi { get; private set; }

    /// <summary>The DIP fields, recorded when the item is classified for publication.</summary>
    public DaftarInformasi? Dip { get; private set; }

    /// <summary>The reason of the last send-back, shown at the top of the next actor's form.</summary>
    public string? ReturnReason { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>When the approved version goes live (state Terjadwal), to the minute; null unless scheduled.</summary>
    public DateTimeOffset? ScheduledAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public List<MateriVersion> Versions { get; private set; } = [];

    public List<HistoryEntry> History { get; private set; } = [];

    /// <summary>
    /// The published corrections ("Ralat"), one per revision that went live with a note. Not loaded with the item:
    /// publication only appends to it (the public reads it from its table, newest first).
    /// </summary>
    public List<MateriRalat> Corrections { get; private set; } = [];

    /// <summary>The "Ralat" note of the latest version, waiting to be published with it; null: none (or already published).</summary>
    public string? LatestCorrectionNote { get; private set; }

    public IReadOnlyList<object> DomainEvents => _events;

    public bool HasBeenPublished => FirstPublishedAt is not null;

    /// <summary>A version is on the public site now (also while a revision of it goes through the SOP).</summary>
    public bool IsLive => PublishedVersionId is not null;

    /// <summary>Whether the article was on the public site and was taken off it (withdrawn, or found exempt afterwards).</summary>
    public bool IsGone => !IsLive && HasBeenPublished && State is WorkflowState.Ditarik or WorkflowState.Dikecualikan;

    /// <summary>Step 1: the PPID Pembantu gives the disposisi and the item starts its way through the SOP.</summary>
    public static MateriPublikasi Create(LembarDisposisi disposisi, string slug, SopStateMachine workflow, Actor giver, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(disposisi);
        var materi = new MateriPublikasi
        {
            Id = Guid.NewGuid(),
            Disposisi = disposisi,
            DisposisiId = disposisi.Id,
            State = WorkflowState.Baru,
            Slug = slug,
            CreatedAt = now,
        };
        materi.Apply(workflow, new TransitionCommand("buat"), giver, now);
        return materi;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may write the draft now, by the permissions they carry
    /// (<see cref="MateriPermissions"/>): at penyusunan the holder of "SuntingDrafPenyusunan" the item is assigned
    /// to (or anyone holding it while unassigned), at koreksi a holder of "SuntingDrafKoreksi", at either a holder of
    /// "SuntingSemuaDraf" whoever the assignee; at any other step nobody.
    /// </summary>
    public bool CanEdit(Actor actor) => EditRefusal(actor) is null;

    /// <summary>Throws, with the reason for the user, unless <paramref name="editor"/> may write the draft now.</summary>
    public void EnsureCanEdit(Actor editor)
    {
        if (EditRefusal(editor) is { } reason)
        {
            throw new WorkflowRuleException(reason, null, isForbidden: true);
        }
    }

    /// <summary>Why <paramref name="actor"/> may not write the draft now (for the user), or null when they may.</summary>
    public string? EditRefusal(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string penyusunan = "Draf pada tahap penyusunan hanya dapat disunting oleh Staf Sekretariat yang ditugaskan";
        var any = actor.May(MateriPermissions.SuntingSemuaDrafName);
        return State switch
        {
            WorkflowState.Penyusunan when any => null,
            WorkflowState.Penyusunan when !actor.May(MateriPermissions.SuntingDrafPenyusunanName) =>
                penyusunan + "; Anda tidak memiliki hak akses untuk menyunting draf penyusunan.",
            WorkflowState.Penyusunan when AssigneeId is not null && AssigneeId != actor.Id =>
                $"{penyusunan}: materi ini ditugaskan kepada {AssigneeName}.",
            WorkflowState.Penyusunan => null,
            WorkflowState.Koreksi when any || actor.May(MateriPermissions.SuntingDrafKoreksiName) => null,
            WorkflowState.Koreksi =>
                "Draf pada tahap koreksi hanya dapat disunting oleh Sekretaris; Anda tidak memiliki hak akses untuk menyunting draf koreksi.",
            _ => "Materi pada tahap ini tidak dapat disunting.",
        };
    }

    /// <summary>
    /// Saves a new version. <paramref name="baseVersion"/> is the version the editor started from: if someone
    /// saved since, the save is refused rather than overwriting their work.
    /// </summary>
    public MateriVersion SaveDraft(DraftContent content, Actor editor, int baseVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureCanEdit(editor);
        if (baseVersion != LatestVersion)
        {
            throw new VersionConflictException(baseVersion, LatestVersion);
        }

        var note = string.IsNullOrWhiteSpace(content.CorrectionNote) ? null : content.CorrectionNote.Trim();
        if (note is not null && CorrectionRefusal(note) is { } refusal)
        {
            throw new WorkflowRuleException(refusal, "CatatanRalat");
        }

        if (content.Slug is not null && content.Slug != Slug)
        {
            if (HasBeenPublished)
            {
                throw new WorkflowRuleException("Alamat (slug) tidak dapat diubah setelah materi terbit, agar tautan yang sudah dibagikan tetap berfungsi.", "Slug");
            }

            Slug = content.Slug;
        }

        var version = new MateriVersion
        {
            Id = Guid.NewGuid(),
            MateriId = Id,
            Number = LatestVersion + 1,
            Title = content.Title,
            Summary = content.Summary,
            Body = content.Body,
            CategoryId = content.CategoryId,
            ActivityDate = content.ActivityDate,
            ActivityPlace = content.ActivityPlace,
            CoverImageId = content.CoverImageId,
            CoverImageAlt = content.CoverImageAlt,
            AttachmentIds = [.. content.AttachmentIds],
            Tags = [.. content.Tags],
            EditorId = editor.Id,
            EditorName = editor.Name,
            IssuedById = editor.IssuerId,
            CreatedAt = now,
            CorrectionNote = note,
        };
        Versions.Add(version);
        LatestCorrectionNote = note;
        LatestVersion = version.Number;
        LatestVersionId = version.Id;
        LatestCategoryId = version.CategoryId;
        ConcurrencyStamp = Guid.NewGuid();
        return version;
    }

    /// <summary>
    /// Why a "Ralat" note cannot be given with the next version (for the user), or null when it can: only a revision
    /// of an article that is on the public site carries one (a first publication has nothing to correct), and it is at
    /// most <see cref="MateriRalat.MaxLength"/> characters.
    /// </summary>
    public string? CorrectionRefusal(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!IsLive)
        {
            return "Catatan ralat hanya dapat diberikan pada revisi materi yang sudah terbit; kosongkan isian ini untuk materi yang belum pernah tayang.";
        }

        return note.Length > MateriRalat.MaxLength
            ? $"Catatan ralat paling panjang {MateriRalat.MaxLength.ToString("N0", Common.IndonesianTime.Culture)} karakter (kini {note.Length.ToString("N0", Common.IndonesianTime.Culture)})."
            : null;
    }

    /// <summary>
    /// Takes one move of the SOP, then any move the system takes by itself (step 8 after approval). Every check
    /// runs before the first change, so a refused move changes nothing.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Apply(SopStateMachine workflow, TransitionCommand command, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var transition = workflow.Choose(State, command.Action, actor);
        if (command.ScheduledAt is not null && !transition.Rules.HasFlag(TransitionRules.Schedule))
        {
            // Approval with a time is the approval's scheduled variant ("setujui" with a jadwal is "jadwalkan").
            transition = workflow.ScheduledVariant(transition, actor) is { } variant
                ? workflow.Choose(State, variant.Action, actor)
                : throw new WorkflowRuleException("Jadwal tayang hanya dapat dipilih saat menyetujui materi atau mengubah jadwalnya.", "Jadwal");
        }

        Check(transition, command, actor);
        CheckSchedule(transition, command, now);

        var entries = new List<HistoryEntry> { Take(transition, command, actor, now) };
        for (var automatic = workflow.AutomaticFrom(State); automatic is not null; automatic = workflow.AutomaticFrom(State))
        {
            entries.Add(Take(automatic, new TransitionCommand(automatic.Action), Actor.System, now));
        }

        ConcurrencyStamp = Guid.NewGuid();
        return entries;
    }

    /// <summary>How far ahead a publication may be scheduled when the command does not say (Workflow:ScheduleHorizon).</summary>
    public static readonly TimeSpan DefaultScheduleHorizon = TimeSpan.FromDays(90);

    /// <summary>Whether the scheduled time has come (<see cref="ScheduledAt"/> at or before <paramref name="now"/>).</summary>
    public bool IsDue(DateTimeOffset now) => State == WorkflowState.Terjadwal && ScheduledAt is { } at && at <= now;

    /// <summary>
    /// The system's publication at the scheduled minute (SOP step 8): the move from the scheduled state, taken only
    /// once its time has come. Every check runs before the first change.
    /// </summary>
    public IReadOnlyList<HistoryEntry> PublishDue(SopStateMachine workflow, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var move = workflow.ScheduledFrom(State)
            ?? throw new WorkflowRuleException($"Materi pada tahap {State} tidak menunggu jadwal tayang.", null, isWrongState: true);
        if (ScheduledAt is not { } at || at > now)
        {
            throw new WorkflowRuleException("Jadwal tayang materi ini belum tiba.", "Jadwal", isWrongState: true);
        }

        var entries = new List<HistoryEntry> { Take(move, new TransitionCommand(move.Action), Actor.System, now) };
        for (var automatic = workflow.AutomaticFrom(State); automatic is not null; automatic = workflow.AutomaticFrom(State))
        {
            entries.Add(Take(automatic, new TransitionCommand(automatic.Action), Actor.System, now));
        }

        ConcurrencyStamp = Guid.NewGuid();
        return entries;
    }

    /// <summary>A time to the whole minute (publication happens at the minute).</summary>
    public static DateTimeOffset ToMinute(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.UtcTicks - (utc.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }

    private static void CheckSchedule(WorkflowTransition t, TransitionCommand c, DateTimeOffset now)
    {
        if (!t.Rules.HasFlag(TransitionRules.Schedule) || t.IsAutomatic)
        {
            return;
        }

        if (c.ScheduledAt is not { } chosen)
        {
            throw new WorkflowRuleException("Pilih tanggal dan jam tayang (WIB).", "Jadwal");
        }

        var at = ToMinute(chosen);
        if (at <= now)
        {
            throw new WorkflowRuleException(
                $"Waktu tayang {Common.IndonesianTime.DateTime(at)} sudah lewat; pilih waktu setelah {Common.IndonesianTime.DateTime(now)}.", "Jadwal");
        }

        var horizon = c.ScheduleHorizon ?? DefaultScheduleHorizon;
        if (at > now + horizon)
        {
            throw new WorkflowRuleException(
                $"Waktu tayang paling lambat {horizon.TotalDays:0.#} hari dari sekarang, yaitu {Common.IndonesianTime.DateTime(now + horizon)}.", "Jadwal");
        }
    }

    /// <summary>Why an author of the item cannot approve it (separation of duties), for the user.</summary>
    public const string OwnApprovalRefusal =
        "Anda ikut menulis atau mengoreksi materi ini, sehingga tidak dapat menyetujuinya sendiri (pemisahan tugas). "
        + "Persetujuan harus diberikan anggota Tim Pengolahan Data dan Klasifikasi Informasi yang lain.";

    /// <summary>
    /// The moves <paramref name="actor"/> may take now: the workflow's, less the approval when they wrote or corrected
    /// a version (<paramref name="authors"/>, null when verification need not be independent).
    /// </summary>
    public IReadOnlyList<WorkflowTransition> AvailableTo(SopStateMachine workflow, Actor actor, IReadOnlySet<string>? authors)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return
        [
            .. workflow.Available(State, actor, AssigneeId).Where(t => !IsOwnApproval(t, actor, authors)),
            .. IsLive ? workflow.Withdrawals(State, actor) : [],
        ];
    }

    /// <summary>Whether <paramref name="actor"/> would approve what they wrote or corrected.</summary>
    public bool WouldApproveOwnWork(SopStateMachine workflow, Actor actor, IReadOnlySet<string>? authors)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.Available(State, actor, AssigneeId).Any(t => IsOwnApproval(t, actor, authors));
    }

    // Separation of duties: whoever wrote or corrected the text cannot also be the one who approves it, neither as
    // themself nor through a token issued for another person (the issuer acts too: Actor.ActingIds).
    private static bool IsOwnApproval(WorkflowTransition t, Actor actor, IReadOnlySet<string>? authors) =>
        t.Rules.HasFlag(TransitionRules.Classify) && authors is not null && actor.ActingIds.Any(authors.Contains);

    private void Check(WorkflowTransition t, TransitionCommand c, Actor actor)
    {
        if (t.Rules.HasFlag(TransitionRules.Withdraw) && !IsLive)
        {
            throw new WorkflowRuleException("Materi ini tidak sedang tayang, sehingga tidak ada yang dapat ditarik dari publikasi.", "aksi", isWrongState: true);
        }

        if (t.Rules.HasFlag(TransitionRules.Withdraw) && string.IsNullOrWhiteSpace(c.Note))
        {
            throw new WorkflowRuleException("Alasan penarikan wajib diisi.", "Catatan");
        }

        if (t.Rules.HasFlag(TransitionRules.Note) && string.IsNullOrWhiteSpace(c.Note))
        {
            throw new WorkflowRuleException(
                t.Rules.HasFlag(TransitionRules.SendBack) ? "Alasan pengembalian wajib diisi." : "Catatan wajib diisi.", "Catatan");
        }

        if (t.Rules.HasFlag(TransitionRules.Assign) && c.Assignee?.Has(SopRoles.StafSekretariat) != true)
        {
            throw new WorkflowRuleException("Pilih Staf Sekretariat yang ditugaskan menyusun materi.", "PetugasId");
        }

        if (t.Rules.HasFlag(TransitionRules.AssigneeOnly) && AssigneeId is not null && AssigneeId != actor.Id)
        {
            throw new WorkflowRuleException($"Materi ini ditugaskan kepada {AssigneeName}; hanya petugas itu yang dapat menyerahkannya.", null, isForbidden: true);
        }

        if (t.Rules.HasFlag(TransitionRules.Draft) && LatestVersion == 0)
        {
            throw new WorkflowRuleException("Belum ada draf materi: simpan draf terlebih dahulu.");
        }

        if (IsOwnApproval(t, actor, c.Authors))
        {
            throw new WorkflowRuleException(OwnApprovalRefusal, null, isForbidden: true);
        }

        if (t.Rules.HasFlag(TransitionRules.Classify) && !c.Klasifikasi.IsPublishable())
        {
            throw new WorkflowRuleException("Pilih klasifikasi informasi: berkala, serta merta, atau tersedia setiap saat.", "Klasifikasi");
        }

        if (t.Rules.HasFlag(TransitionRules.Exempt) && c.UjiKonsekuensi?.IsComplete != true)
        {
            throw new WorkflowRuleException("Uji konsekuensi wajib lengkap: dokumen, informasi yang dikecualikan, dasar hukum, pertimbangan kepentingan publik, dan jangka waktu.", "UjiKonsekuensi");
        }
    }

    private HistoryEntry Take(WorkflowTransition t, TransitionCommand c, Actor actor, DateTimeOffset now)
    {
        if (t.Rules.HasFlag(TransitionRules.Assign))
        {
            AssigneeId = c.Assignee!.Id;
            AssigneeName = c.Assignee.Name;
            _events.Add(new MateriAssigned(Id, c.Assignee.Id, c.Assignee.Name));
        }

        if (t.Rules.HasFlag(TransitionRules.Classify))
        {
            KategoriInformasi = c.Klasifikasi;
            UjiKonsekuensi = null;
            Dip = c.Dip ?? Dip;
        }

        if (t.Rules.HasFlag(TransitionRules.Exempt))
        {
            KategoriInformasi = Materi.KategoriInformasi.Dikecualikan;
            UjiKonsekuensi = c.UjiKonsekuensi;
            if (PublishedVersionId is { } live)
            {
                _events.Add(new MateriWithdrawn(Id, live));
            }

            PublishedVersionId = null; // exempt information is never published, not even an earlier version
            PublishedCategoryId = null;
        }

        if (t.Rules.HasFlag(TransitionRules.Withdraw) && PublishedVersionId is { } withdrawn)
        {
            // The live version leaves the public site; a revision in progress ends with the item.
            _events.Add(new MateriWithdrawn(Id, withdrawn));
            PublishedVersionId = null;
            PublishedCategoryId = null;
        }

        if (t.Rules.HasFlag(TransitionRules.Publish))
        {
            if (FirstPublishedAt is not null && LatestCorrectionNote is { } correction)
            {
                // A revision of a live article goes live with its note: the note becomes a published correction.
                Corrections.Add(new MateriRalat { Id = Guid.NewGuid(), MateriId = Id, VersionNumber = LatestVersion, Note = correction, PublishedAt = now });
            }

            LatestCorrectionNote = null;
            _events.Add(new MateriPublished(Id, LatestVersionId!.Value, FirstTime: FirstPublishedAt is null));
            PublishedVersionId = LatestVersionId;
            PublishedCategoryId = LatestCategoryId;
            FirstPublishedAt ??= now;
            LastPublishedAt = now;
        }

        ReturnReason = t.Rules.HasFlag(TransitionRules.SendBack) ? c.Note?.Trim() : null;
        if (ReturnReason is not null)
        {
            _events.Add(new MateriSentBack(Id, ReturnReason));
        }

        if (t.Rules.HasFlag(TransitionRules.Schedule) && !t.IsAutomatic)
        {
            ScheduledAt = ToMinute(c.ScheduledAt!.Value);
            _events.Add(new MateriScheduled(Id, ScheduledAt.Value));
        }
        else
        {
            ScheduledAt = null; // published, or the schedule stopped: no time is waiting any more
        }

        var previous = History.MaxBy(h => h.Sequence);
        var entry = new HistoryEntry
        {
            MateriId = Id,
            Sequence = (previous?.Sequence ?? 0) + 1,
            Action = t.Action,
            From = State,
            To = t.To,
            SopStep = t.SopStep,
            ActorId = actor.Id,
            ActorName = actor.Name,
            IssuedById = actor.IssuerId,
            Role = t.Role,
            // Whole milliseconds: every database keeps them exactly, so the hash still matches when read back.
            At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            Note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(),
            VersionNumber = LatestVersion,
            PreviousHash = previous?.Hash ?? HistoryChain.Genesis,
        };
        entry.Hash = HistoryChain.Compute(entry, entry.PreviousHash);
        History.Add(entry);

        State = t.To;
        StateSince = now;
        return entry;
    }
}
