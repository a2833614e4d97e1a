using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// Saves drafts and takes SOP moves. Each call is one unit of work: the item, its new version or history rows,
/// uploaded files' rows and the rows the features stage in reaction (<see cref="MateriUnitOfWork"/>) are committed
/// together or not at all.
/// </summary>
public sealed partial class MateriService(
    SopDbContext db,
    WorkflowLoader workflow,
    ActorResolver actors,
    MediaStore media,
    HtmlCleaner html,
    IOptions<DipOptions> dip,
    IOptions<WorkflowOptions> workflowOptions,
    MateriUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <summary>The item with its history and disposisi, if <paramref name="viewer"/> may see it (<see cref="MateriAccess"/>); else 404.</summary>
    public async Task<MateriPublikasi> LoadAsync(Guid id, Actor viewer, CancellationToken ct) =>
        await db.Materi.Where(MateriAccess.VisibleTo(viewer)).Include(m => m.History).Include(m => m.Disposisi).FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException("Materi tidak ditemukan.");

    /// <summary>
    /// The people who wrote or corrected a version of the item (and whoever did so for them with a token they issued),
    /// whom verification must be independent of; null when
    /// it need not be (<see cref="WorkflowOptions.IndependentVerification"/> off).
    /// </summary>
    public async Task<IReadOnlySet<string>?> AuthorsAsync(Guid id, CancellationToken ct) =>
        workflowOptions.Value.IndependentVerification
            ? (await db.MateriVersions.Where(v => v.MateriId == id).Select(v => new { v.EditorId, v.IssuedById }).Distinct().ToListAsync(ct))
                .SelectMany(v => v.IssuedById is null ? new[] { v.EditorId } : new[] { v.EditorId, v.IssuedById }).ToHashSet(StringComparer.Ordinal)
            : null;

    /// <summary>Throws <see cref="NotFoundException"/> unless the item exists and <paramref name="viewer"/> may see it.</summary>
    public async Task EnsureVisibleAsync(Guid id, Actor viewer, CancellationToken ct)
    {
        if (!await db.Materi.Where(MateriAccess.VisibleTo(viewer)).AnyAsync(m => m.Id == id, ct))
        {
            throw new NotFoundException("Materi tidak ditemukan.");
        }
    }

    public async Task<MateriVersion> SaveDraftAsync(
        Guid id, DraftInput input, IFormFile? cover, IReadOnlyList<IFormFile> attachments, Actor editor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(attachments);
        var materi = await LoadAsync(id, editor, ct);
        materi.EnsureCanEdit(editor); // before any file is written

        var previous = materi.LatestVersionId is { } latestId ? await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == latestId, ct) : null;
        var errors = new Dictionary<string, string[]>();
        // Measured before it is parsed: beyond the bounds, the refusal stands beside the body and nothing is cleaned.
        var refusal = html.Refusal(input.Isi);
        var body = refusal is null ? html.Clean(input.Isi) : string.Empty;
        if (refusal is not null)
        {
            errors[nameof(input.Isi)] = [refusal];
        }
        else if (HtmlCleaner.IsEmpty(body))
        {
            errors[nameof(input.Isi)] = ["Isi materi wajib diisi."];
        }
        else if (HtmlCleaner.ImagesWithoutAlt(body) is { Count: > 0 } missingAlt)
        {
            errors[nameof(input.Isi)] = [$"Setiap foto di isi wajib punya teks alternatif (untuk pembaca layar); {missingAlt.Count} foto belum: {string.Join(", ", missingAlt.Select(src => src.Length == 0 ? "(tanpa alamat)" : src))}."];
        }

        if (input.KategoriId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
        {
            errors[nameof(input.KategoriId)] = ["Kategori tidak dikenal."];
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? null : input.Slug.Trim();
        if (slug is null && !materi.HasBeenPublished && VisibleText.Of(input.Judul) is { Length: > 0 } visibleTitle)
        {
            // Left empty before first publication: the address follows the title.
            slug = await MateriSlugs.UniqueSlugAsync(db, SlugGenerator.Create(visibleTitle), id, ct);
        }
        else if (slug is not null && !SlugGenerator.IsValid(slug))
        {
            errors[nameof(input.Slug)] = ["Alamat (slug) hanya boleh huruf kecil, angka, dan tanda hubung."];
        }
        else if (slug is not null && slug != materi.Slug && await db.Materi.AnyAsync(m => m.Slug == slug && m.Id != id, ct))
        {
            errors[nameof(input.Slug)] = ["Alamat (slug) ini sudah dipakai materi lain."];
        }

        // What people read is stored as they see it: characters nobody sees are dropped, so a title or a tag made
        // of them alone is empty (and refused, or left out).
        var title = VisibleText.Of(input.Judul);
        if (!string.IsNullOrEmpty(input.Judul) && title.Length < 5)
        {
            errors[nameof(input.Judul)] = ["Judul paling sedikit 5 karakter yang terlihat (karakter tak terlihat tidak dihitung)."];
        }

        var summary = VisibleText.Of(input.Ringkasan);
        if (!string.IsNullOrEmpty(input.Ringkasan) && summary.Length == 0)
        {
            errors[nameof(input.Ringkasan)] = ["Ringkasan wajib diisi dengan teks yang terlihat."];
        }

        var tags = input.Tag.Select(t => VisibleText.Of(t).ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > 10 || tags.Any(t => t.Length > 40))
        {
            errors[nameof(input.Tag)] = ["Paling banyak 10 tag, masing-masing paling panjang 40 karakter."];
        }

        var uploaded = await UploadedAsync(input, editor, errors, ct);
        var coverId = input.FotoSampulId ?? (input.HapusFotoSampul ? null : previous?.CoverImageId);
        var hasCover = cover is not null || coverId is not null;
        if (hasCover && VisibleText.Of(input.FotoSampulAlt).Length == 0)
        {
            errors[nameof(input.FotoSampulAlt)] = ["Teks alternatif foto sampul wajib diisi (untuk pembaca layar)."];
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var stored = new List<MediaFile>();
        try
        {
            if (cover is not null)
            {
                coverId = (await StoreAsync(cover, MediaKind.Image, "FotoSampul", editor, stored, ct)).Id;
            }

            var kept = previous?.AttachmentIds.Where(input.LampiranDipertahankan.Contains).ToList() ?? [];
            kept.AddRange(uploaded.Where(m => m.Kind == MediaKind.Document).Select(m => m.Id));
            foreach (var attachment in attachments)
            {
                kept.Add((await StoreAsync(attachment, MediaKind.Document, "Lampiran", editor, stored, ct)).Id);
            }

            var content = new DraftContent(
                title,
                slug,
                summary,
                body,
                input.KategoriId!.Value,
                input.TanggalKegiatan,
                VisibleText.Of(input.LokasiKegiatan) is { Length: > 0 } place ? place : null,
                coverId,
                hasCover ? VisibleText.Of(input.FotoSampulAlt) : null,
                kept,
                tags)
            {
                CorrectionNote = input.CatatanRalat,
            };
            var version = materi.SaveDraft(content, editor, input.VersiDasar, clock.GetUtcNow());
            try
            {
                await unitOfWork.CommitAsync(new DraftSaved(materi, version, editor), SaveAsync, ct);
            }
            catch (ConflictException ex) when (ex is not VersionConflictException)
            {
                // Another editor's save of the same base version committed first (both passed the version check).
                throw new VersionConflictException(input.VersiDasar, input.VersiDasar + 1);
            }

            return version;
        }
        catch
        {
            media.Discard(stored); // nothing of a refused save stays behind, not even its files
            throw;
        }
    }

    public async Task<IReadOnlyList<HistoryEntry>> TransitionAsync(Guid id, TransitionInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var activity = SopActivity.Source.StartActivity("sop.transisi");
        activity?.SetTag("sop.materi_id", id.ToString());
        activity?.SetTag("sop.action", input.Aksi);
        var materi = await LoadAsync(id, actor, ct);
        var machine = await workflow.LoadAsync(ct);
        var assignee = await actors.FindAsync(input.PetugasId);
        if (!string.IsNullOrEmpty(input.PetugasId) && assignee is null)
        {
            throw new InputException(nameof(input.PetugasId), "Petugas tidak ditemukan.");
        }

        var klasifikasi = KlasifikasiParser.Parse(input.Klasifikasi);
        if (!string.IsNullOrWhiteSpace(input.Klasifikasi) && klasifikasi is null)
        {
            throw new InputException(nameof(input.Klasifikasi), "Klasifikasi tidak dikenal: pilih berkala, serta-merta, setiap-saat, atau dikecualikan.");
        }

        var uji = new UjiKonsekuensi(
            input.UjiDokumen?.Trim() ?? string.Empty,
            input.UjiInformasiDikecualikan?.Trim() ?? string.Empty,
            input.UjiDasarHukum?.Trim() ?? string.Empty,
            input.UjiPertimbangan?.Trim() ?? string.Empty,
            input.UjiJangkaWaktu?.Trim() ?? string.Empty);
        var defaults = dip.Value;
        var daftar = new DaftarInformasi(
            Or(input.DipUnitPenguasa, defaults.UnitPenguasa),
            Or(input.DipPenanggungJawab, defaults.PenanggungJawab),
            Or(input.DipTempatPembuatan, defaults.TempatPembuatan),
            Or(input.DipBentuk, defaults.Bentuk),
            Or(input.DipRetensi, defaults.Retensi));
        var authors = await AuthorsAsync(id, ct);
        var jadwal = ScheduleOf(input);
        var command = new TransitionCommand(input.Aksi ?? string.Empty, input.Catatan, assignee, klasifikasi, uji, daftar, authors)
        {
            ScheduledAt = jadwal,
            ScheduleHorizon = workflowOptions.Value.ScheduleHorizon,
        };
        var liveBefore = materi.PublishedVersionId;
        DateTimeOffset? stepSince = materi.History.Count > 0 ? materi.History.Max(h => h.At) : null;
        var entries = materi.Apply(machine, command, actor, clock.GetUtcNow());

        // Outbox rows, deliveries, notices, the search index and the cache are the features' reactions to the move.
        await unitOfWork.CommitAsync(new MateriMoved(materi, entries, actor, liveBefore, stepSince), SaveAsync, ct);
        return entries;
    }

    /// <summary>
    /// Publishes one scheduled item whose time has come (SOP step 8, by the system), through the same unit of work as
    /// an approval: history, search index, caches, feeds, webhooks and the cross-post outbox follow. False when it is
    /// not (or no longer) due, or another instance published it first (the concurrency stamp: nothing of this attempt
    /// is saved).
    /// </summary>
    public async Task<bool> PublishDueAsync(Guid id, CancellationToken ct)
    {
        var materi = await db.Materi.Include(m => m.History).Include(m => m.Disposisi).FirstOrDefaultAsync(m => m.Id == id, ct);
        var now = clock.GetUtcNow().ToUniversalTime();
        if (materi is null || !materi.IsDue(now))
        {
            return false;
        }

        var machine = await workflow.LoadAsync(ct);
        var liveBefore = materi.PublishedVersionId;
        DateTimeOffset? stepSince = materi.History.Count > 0 ? materi.History.Max(h => h.At) : null;
        var entries = materi.PublishDue(machine, now);
        try
        {
            await unitOfWork.CommitAsync(new MateriMoved(materi, entries, Actor.System, liveBefore, stepSince), SaveAsync, ct);
            return true;
        }
        catch (ConflictException)
        {
            return false; // another instance published (or someone rescheduled) it first
        }
    }

    /// <summary>The publication time asked for: ISO 8601 with an offset (API), or a date and time in WIB (admin form).</summary>
    private static DateTimeOffset? ScheduleOf(TransitionInput input)
    {
        const string field = nameof(TransitionInput.Jadwal);
        if (!string.IsNullOrWhiteSpace(input.Jadwal))
        {
            var text = input.Jadwal.Trim();
            if (!IsoWithOffset().IsMatch(text)
                || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
            {
                throw new InputException(field, "Jadwal harus berupa tanggal dan jam ISO 8601 dengan zona waktu, misalnya 2026-12-08T09:00:00+07:00.");
            }

            return at;
        }

        return (input.JadwalTanggal, input.JadwalJam) switch
        {
            (null, null) => null,
            ({ } date, { } time) => new DateTimeOffset(date.ToDateTime(time), IndonesianTime.WibOffset),
            (null, _) => throw new InputException(field, "Isi juga tanggal tayang (WIB)."),
            (_, null) => throw new InputException(field, "Isi juga jam tayang (WIB)."),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex IsoWithOffset();

    /// <summary>Files uploaded earlier through the API and named in the draft: they must exist, be of the right kind, and be the editor's own.</summary>
    private async Task<IReadOnlyList<MediaFile>> UploadedAsync(DraftInput input, Actor editor, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var ids = input.LampiranBaruIds.Concat(input.FotoSampulId is { } c ? [c] : []).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var files = await db.Media.AsNoTracking().Where(m => ids.Contains(m.Id) && m.UploadedById == editor.Id).ToListAsync(ct);

        // A cover may also be a photo of the media library the editor may see (reused from another item).
        if (input.FotoSampulId is { } libraryCover && !files.Any(f => f.Id == libraryCover)
            && await MediaLibraryAccess.Photos(db, editor).AsNoTracking().FirstOrDefaultAsync(f => f.Id == libraryCover, ct) is { } reused)
        {
            files.Add(reused);
        }

        if (input.FotoSampulId is { } coverId && !files.Any(f => f.Id == coverId && f.Kind == MediaKind.Image))
        {
            errors[nameof(input.FotoSampulId)] = ["Foto sampul tidak ditemukan di unggahan Anda atau di pustaka media, atau bukan gambar."];
        }

        var missing = input.LampiranBaruIds.Where(id => !files.Any(f => f.Id == id && f.Kind == MediaKind.Document)).ToList();
        if (missing.Count > 0)
        {
            errors[nameof(input.LampiranBaruIds)] = [$"Lampiran tidak ditemukan di unggahan Anda, atau bukan dokumen: {string.Join(", ", missing)}."];
        }

        return files;
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();

    private async Task<MediaFile> StoreAsync(IFormFile file, MediaKind kind, string field, Actor uploader, List<MediaFile> stored, CancellationToken ct)
    {
        try
        {
            await using var stream = file.OpenReadStream();
            var saved = await media.SaveAsync(stream, file.Length, file.FileName, kind, uploader.Id, ct);
            stored.Add(saved);
            db.Media.Add(saved);
            return saved;
        }
        catch (UploadRejectedException ex)
        {
            throw new InputException(field, $"{file.FileName}: {ex.Message}");
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
        {
            // A concurrency stamp mismatch, or the unique (materi, sequence) index: someone moved the item first.
            // (A database that could not be reached is not a conflict: it goes up as it is, answered 503.)
            throw new ConflictException(new ConflictException().Message, ex);
        }
    }
}
