using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// The draft beside the versions: the autosave slot of each person (<see cref="DraftAutosave"/>) and restoring an
/// earlier version as a new draft version, with the aggregate's rules (who may edit now, the base version check).
/// </summary>
public sealed class MateriDrafts(SopDbContext db, MateriService service, TimeProvider clock)
{
    /// <summary>The most an autosave keeps (characters of JSON): more than any body the cleaner accepts.</summary>
    public const int MaxContentLength = 4_000_000;

    /// <summary>Keeps <paramref name="fields"/> in the person's slot for the item; only who may write the draft now.</summary>
    public async Task<DraftAutosave> AutosaveAsync(Guid id, AutosaveFields fields, int baseVersion, Actor editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(editor);
        var materi = await service.LoadAsync(id, editor, ct);
        materi.EnsureCanEdit(editor);
        var content = JsonSerializer.Serialize(fields);
        if (content.Length > MaxContentLength)
        {
            throw new InputException("Isi", "Draf terlalu besar untuk disimpan otomatis.");
        }

        var slot = await db.DraftAutosaves.FirstOrDefaultAsync(a => a.MateriId == id && a.UserId == editor.Id, ct);
        if (slot is null)
        {
            slot = new DraftAutosave { MateriId = id, UserId = editor.Id };
            db.DraftAutosaves.Add(slot);
        }

        slot.BaseVersion = baseVersion;
        slot.Content = content;
        slot.SavedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
        {
            // Two autosaves of one person's first slot at once (two tabs): the other one's stands.
            throw new ConflictException(new ConflictException().Message, ex);
        }

        return slot;
    }

    /// <summary>The person's autosave for the item, or null.</summary>
    public async Task<(DraftAutosave Slot, AutosaveFields Fields)?> AutosavedAsync(Guid id, Actor editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var slot = await db.DraftAutosaves.AsNoTracking().FirstOrDefaultAsync(a => a.MateriId == id && a.UserId == editor.Id, ct);
        return slot is null ? null : (slot, JsonSerializer.Deserialize<AutosaveFields>(slot.Content) ?? new AutosaveFields());
    }

    /// <summary>Empties the person's slot (after they saved a version, or when they discard it).</summary>
    public Task ClearAsync(Guid id, Actor editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return db.DraftAutosaves.Where(a => a.MateriId == id && a.UserId == editor.Id).ExecuteDeleteAsync(ct);
    }

    /// <summary>The item's versions, newest first (the caller has checked the item is visible).</summary>
    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync(Guid id, CancellationToken ct) =>
        await db.MateriVersions.AsNoTracking().Where(v => v.MateriId == id).OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.EditorName, v.CreatedAt, v.Title)).ToListAsync(ct);

    /// <summary>
    /// A new version with the content of version <paramref name="number"/>: only by who may write the draft now, from
    /// the latest version (<paramref name="baseVersion"/>, refused as stale otherwise); the address is not changed.
    /// </summary>
    public async Task<MateriVersion> RestoreAsync(Guid id, int number, int baseVersion, Actor editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var materi = await service.LoadAsync(id, editor, ct);
        materi.EnsureCanEdit(editor);
        var old = await db.MateriVersions.AsNoTracking().FirstOrDefaultAsync(v => v.MateriId == id && v.Number == number, ct)
            ?? throw new NotFoundException($"Versi {number} tidak ada.");
        if (number == materi.LatestVersion)
        {
            throw new WorkflowRuleException($"Versi {number} sudah versi terakhir.", "Versi");
        }

        var content = new DraftContent(
            old.Title, null, old.Summary, old.Body, old.CategoryId, old.ActivityDate, old.ActivityPlace,
            old.CoverImageId, old.CoverImageAlt, old.AttachmentIds, old.Tags)
        {
            CorrectionNote = materi.IsLive ? old.CorrectionNote : null, // a note only on a revision of a live article
        };
        var version = materi.SaveDraft(content, editor, baseVersion, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
        {
            // Another save of the same base version committed first.
            throw new VersionConflictException(baseVersion, baseVersion + 1);
        }

        return version;
    }
}

/// <summary>One line of an item's version list.</summary>
public sealed record VersionSummary(int Number, string EditorName, DateTimeOffset CreatedAt, string Title);
