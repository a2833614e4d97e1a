using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Disposisi;

/// <summary>SOP step 1: records the Lembar Disposisi and starts the item's way through the SOP.</summary>
public sealed class DisposisiService(
    SopDbContext db,
    WorkflowLoader workflow,
    MediaStore media,
    InstruksiDisposisiStore instruksi,
    MateriUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<MateriPublikasi> CreateAsync(DisposisiInput input, IFormFile? scan, Actor giver, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(giver);
        var errors = Validate(input, await instruksi.ActiveAsync(ct));
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var machine = await workflow.LoadAsync(ct);
        machine.Choose(WorkflowState.Baru, "buat", giver); // refuse the wrong role before any file is written

        var now = clock.GetUtcNow();
        MediaFile? scanFile = null;
        MediaFile? written = null;
        if (input.PindaianId is { } scanId)
        {
            scanFile = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == scanId && m.UploadedById == giver.Id, ct);
            if (scanFile?.ContentType != "application/pdf")
            {
                throw new InputException(nameof(input.PindaianId), "Pindaian tidak ditemukan di unggahan Anda, atau bukan PDF.");
            }
        }
        else if (scan is not null)
        {
            try
            {
                await using var stream = scan.OpenReadStream();
                scanFile = await media.SaveAsync(stream, scan.Length, scan.FileName, MediaKind.Document, giver.Id, ct);
            }
            catch (UploadRejectedException ex)
            {
                throw new InputException("Pindaian", ex.Message);
            }

            if (scanFile.ContentType != "application/pdf")
            {
                media.Discard([scanFile]);
                throw new InputException("Pindaian", "Pindaian surat harus berupa PDF.");
            }

            written = scanFile;
        }

        try
        {
            // A new item's address is the first free one when it is chosen; another item given at the same moment
            // may take it first (the unique index refuses the second): then the next free one is taken.
            for (var attempt = 1; ; attempt++)
            {
                if (written is not null)
                {
                    db.Media.Add(written);
                }

                try
                {
                    return await SaveAsync(input, giver, scanFile, machine, now, ct);
                }
                catch (DbUpdateException ex) when (attempt < 5 && !DatabaseFailures.IsUnavailable(ex))
                {
                    db.ChangeTracker.Clear();
                    var wanted = SlugGenerator.Create(input.Perihal!.Trim());
                    if (!await db.Materi.AnyAsync(m => m.Slug == wanted || m.Slug.StartsWith(wanted + "-"), ct))
                    {
                        throw; // not the address: another refusal, which a retry would not cure
                    }
                }
            }
        }
        catch
        {
            if (written is not null)
            {
                media.Discard([written]); // only the file this request wrote; an earlier API upload stays
            }

            throw;
        }
    }

    private async Task<MateriPublikasi> SaveAsync(DisposisiInput input, Actor giver, MediaFile? scanFile, SopStateMachine machine, DateTimeOffset now, CancellationToken ct)
    {
        var disposisi = new LembarDisposisi
        {
            Id = Guid.NewGuid(),
            NomorAgenda = input.NomorAgenda!.Trim(),
            TanggalDiterima = input.TanggalDiterima!.Value,
            AsalSurat = input.AsalSurat!.Trim(),
            NomorSurat = Clean(input.NomorSurat),
            TanggalSurat = input.TanggalSurat,
            Perihal = input.Perihal!.Trim(),
            Urgency = input.Urgency,
            SecurityClass = input.SecurityClass,
            Instruksi = [.. input.Instruksi.Distinct(StringComparer.Ordinal)],
            Catatan = Clean(input.Catatan),
            BatasWaktu = input.BatasWaktu,
            DiteruskanKepada = input.DiteruskanKepada!.Trim(),
            TanggalDisposisi = input.TanggalDisposisi ?? IndonesianTime.Today(clock),
            GiverId = giver.Id,
            GiverName = giver.Name,
            NomorSuratMasuk = Clean(input.NomorSuratMasuk),
            NomorNaskahSrikandi = Clean(input.NomorNaskahSrikandi),
            ScanId = scanFile?.Id,
            CreatedAt = now,
        };

        var slug = await MateriSlugs.UniqueSlugAsync(db, SlugGenerator.Create(disposisi.Perihal), null, ct);
        var materi = MateriPublikasi.Create(disposisi, slug, machine, giver, now);
        db.Disposisi.Add(disposisi);
        db.Materi.Add(materi);
        await unitOfWork.CommitAsync(new DisposisiCreated(materi, disposisi, giver), db.SaveChangesAsync, ct);
        return materi;
    }

    private static Dictionary<string, string[]> Validate(DisposisiInput input, IReadOnlyList<string> allowed)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = input.Instruksi.Where(i => !allowed.Contains(i, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(input.Instruksi)] = [$"Instruksi tidak dikenal: {string.Join(", ", unknown)}."];
        }

        if (input.Instruksi.Count == 0)
        {
            errors[nameof(input.Instruksi)] = ["Centang sedikitnya satu isi disposisi."];
        }

        if (input.BatasWaktu is { } batas && input.TanggalDiterima is { } diterima && batas < diterima)
        {
            errors[nameof(input.BatasWaktu)] = ["Batas waktu tidak boleh sebelum tanggal diterima."];
        }

        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
