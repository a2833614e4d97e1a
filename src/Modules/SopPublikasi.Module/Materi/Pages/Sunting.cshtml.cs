using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Materi.Pages;

/// <summary>Writing and correcting the material: every save is a new version.</summary>
public sealed class SuntingModel(MateriService service, MateriQueries queries, MediaStore media, MediaFiles files, Data.SopDbContext db, MateriDrafts drafts) : AdminPageModel
{
    /// <summary>When this person's autosave was kept, if it is newer than the latest version (offered for restoring).</summary>
    public DateTimeOffset? AutosavedAt { get; private set; }

    /// <summary>Whether the form shows the autosave (after "Pulihkan draf otomatis").</summary>
    public bool RestoredAutosave { get; private set; }

    /// <summary>The newest thing the server holds of this draft (its autosave or the latest version), for the browser's own copy.</summary>
    public DateTimeOffset? ServerAt { get; private set; }

    [BindProperty]
    public DraftInput Input { get; set; } = new();

    /// <summary>Tags as one comma-separated text box.</summary>
    [BindProperty]
    public string? TagTeks { get; set; }

    public MateriPublikasi Materi { get; private set; } = null!;

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public IReadOnlyList<MediaFile> CurrentAttachments { get; private set; } = [];

    public MediaFile? CurrentCover { get; private set; }

    /// <summary>A photo of the media library chosen as the cover ("tidak": none), named in the draft as <see cref="DraftInput.FotoSampulId"/>.</summary>
    [BindProperty]
    public string? PustakaSampulId { get; set; }

    /// <summary>The newest photos of the media library this person may reuse, as the cover or in the body.</summary>
    public IReadOnlyList<MediaFile> Library { get; private set; } = [];

    /// <summary>How many photos of the library the editor offers (the rest are found at /admin/media).</summary>
    public const int LibraryShown = 12;

    public string MaxUpload => MediaStore.FormatSize(media.MaxUploadBytes);

    public async Task<IActionResult> OnGetAsync(Guid id, bool otomatis, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        var latest = await LatestAsync(ct);
        var autosaved = await drafts.AutosavedAsync(id, await CurrentActorAsync(), ct);
        ServerAt = autosaved?.Slot.SavedAt > latest?.CreatedAt || latest is null ? autosaved?.Slot.SavedAt : latest.CreatedAt;
        if (autosaved is { } slot && (latest is null || slot.Slot.SavedAt > latest.CreatedAt))
        {
            if (otomatis)
            {
                var f = slot.Fields;
                Input = new DraftInput
                {
                    Judul = f.Judul,
                    Slug = Materi.HasBeenPublished ? Materi.Slug : f.Slug,
                    Ringkasan = f.Ringkasan,
                    Isi = f.Isi,
                    KategoriId = f.KategoriId ?? latest?.CategoryId ?? (Categories.Count > 0 ? Categories[0].Id : null),
                    TanggalKegiatan = f.TanggalKegiatan,
                    LokasiKegiatan = f.LokasiKegiatan,
                    FotoSampulAlt = f.FotoSampulAlt,
                    LampiranDipertahankan = latest is null ? [] : [.. latest.AttachmentIds],
                    VersiDasar = Materi.LatestVersion,
                };
                Input.CatatanRalat = Materi.LatestCorrectionNote;
                TagTeks = f.Tag;
                RestoredAutosave = true;
                return Page();
            }

            AutosavedAt = slot.Slot.SavedAt;
        }

        Input = latest is null
            ? new DraftInput { Judul = Materi.Disposisi.Perihal, KategoriId = Categories.Count > 0 ? Categories[0].Id : null }
            : new DraftInput
            {
                Judul = latest.Title,
                Slug = Materi.HasBeenPublished ? Materi.Slug : null,
                Ringkasan = latest.Summary,
                Isi = latest.Body,
                KategoriId = latest.CategoryId,
                TanggalKegiatan = latest.ActivityDate,
                LokasiKegiatan = latest.ActivityPlace,
                FotoSampulAlt = latest.CoverImageAlt,
                LampiranDipertahankan = [.. latest.AttachmentIds],
            };
        TagTeks = latest is null ? null : string.Join(", ", latest.Tags);
        Input.CatatanRalat = Materi.LatestCorrectionNote; // the note of a revision not yet live
        Input.VersiDasar = Materi.LatestVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? fotoSampul, List<IFormFile> lampiran, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input.Tag = [.. (TagTeks ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        if (Guid.TryParse(PustakaSampulId, out var fromLibrary))
        {
            Input.FotoSampulId = fromLibrary;
        }
        if (ModelState.IsValid)
        {
            try
            {
                var version = await service.SaveDraftAsync(id, Input, fotoSampul, lampiran ?? [], await CurrentActorAsync(), ct);
                await drafts.ClearAsync(id, await CurrentActorAsync(), ct); // the version now holds what the autosave kept
                TempData["Pesan"] = $"Draf tersimpan sebagai versi {version.Number}.";
                return RedirectToPage("/Admin/Pages/Materi", new { id });
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                ShowErrors(ex, nameof(Input));
            }
        }

        await LatestAsync(ct);
        return Page();
    }

    /// <summary>
    /// The autosave (every ~20 seconds and when the tab is hidden): the form's text fields into this person's slot,
    /// no version made. Answers JSON with the time kept.
    /// </summary>
    public async Task<IActionResult> OnPostOtomatisAsync(Guid id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result is NotFoundResult ? result : new JsonResult(new { pesan = "Materi ini tidak dapat Anda sunting pada tahap sekarang." }) { StatusCode = StatusCodes.Status403Forbidden };
        }

        var fields = new AutosaveFields
        {
            Judul = Input.Judul,
            Slug = Input.Slug,
            Ringkasan = Input.Ringkasan,
            Isi = Input.Isi,
            KategoriId = Input.KategoriId,
            TanggalKegiatan = Input.TanggalKegiatan,
            LokasiKegiatan = Input.LokasiKegiatan,
            FotoSampulAlt = Input.FotoSampulAlt,
            Tag = TagTeks,
        };
        try
        {
            var slot = await drafts.AutosaveAsync(id, fields, Input.VersiDasar, await CurrentActorAsync(), ct);
            return new JsonResult(new { disimpan = IndonesianTime.ToWib(slot.SavedAt), teks = IndonesianTime.DateTime(slot.SavedAt) });
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            return new JsonResult(new { pesan = ex.Message }) { StatusCode = StatusCodes.Status409Conflict };
        }
    }

    /// <summary>
    /// A photo for the body (the editor's file input and drag and drop both post here): checked by content, EXIF
    /// stripped and resized by <see cref="MediaStore"/>; the answer gives the address the editor inserts.
    /// </summary>
    public async Task<IActionResult> OnPostFotoAsync(Guid id, IFormFile? berkas, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result is NotFoundResult ? result : new JsonResult(new { pesan = "Materi ini tidak dapat Anda sunting pada tahap sekarang." }) { StatusCode = StatusCodes.Status403Forbidden };
        }

        if (berkas is null)
        {
            return new BadRequestObjectResult(new { pesan = "Pilih satu foto untuk diunggah." });
        }

        MediaFile saved;
        try
        {
            await using var stream = berkas.OpenReadStream();
            saved = await media.SaveAsync(stream, berkas.Length, berkas.FileName, MediaKind.Image, (await CurrentActorAsync()).Id, ct);
        }
        catch (UploadRejectedException ex)
        {
            return new BadRequestObjectResult(new { pesan = $"{berkas.FileName}: {ex.Message}" });
        }

        await files.AddAsync(saved, ct);
        return new JsonResult(new { id = saved.Id, url = MediaUrls.Of(saved.Id), lebar = saved.Width, tinggi = saved.Height });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Materi = await service.LoadAsync(id, await CurrentActorAsync(), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (Materi.EditRefusal(await CurrentActorAsync()) is { } refusal)
        {
            TempData["Pesan"] = refusal;
            return RedirectToPage("/Admin/Pages/Materi", new { id });
        }

        Categories = await queries.CategoriesAsync(ct);
        Library = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            MediaLibraryAccess.Photos(db, await CurrentActorAsync()).OrderByDescending(f => f.UploadedAt).ThenBy(f => f.Id).Take(LibraryShown), ct);
        return null;
    }

    private async Task<MateriVersion?> LatestAsync(CancellationToken ct)
    {
        if (Materi.LatestVersionId is not { } latestId)
        {
            return null;
        }

        var latest = await queries.VersionAsync(latestId, withCategory: false, ct);
        CurrentAttachments = await files.ListAsync(latest.AttachmentIds, ct);
        CurrentCover = latest.CoverImageId is { } cover ? await files.ByIdAsync(cover, ct) : null;
        return latest;
    }
}
