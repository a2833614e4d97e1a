using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>
/// One request (<c>/admin/layanan/permohonan/{id}</c>): what was asked, the clock, the history and the moves this
/// person may make, each a form of its own. The requester's personal data and the identity scan only with
/// <see cref="LayananPermissions.LihatDataPemohon"/>.
/// </summary>
[RequirePermission(LayananPermissions.LihatRegisterName)]
public sealed class PermohonanModel(
    SopDbContext db, ILayananInformasi desk, LayananClock clock, LayananFiles files, PublicArticles articles) : LayananPageModel
{
    public const string Perpanjang = PermohonanWorkflow.Perpanjang;
    public const string Siapkan = PermohonanWorkflow.Siapkan;
    public const string Putuskan = PermohonanWorkflow.Jawab;
    public const string Lampirkan = PermohonanWorkflow.Lampirkan;

    public Permohonan Item { get; private set; } = null!;

    public Actor Actor { get; private set; } = null!;

    public JamLayanan Jam { get; private set; } = null!;

    public IReadOnlyList<LayananHistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<(string Url, string Judul)> Links { get; private set; } = [];

    /// <summary>The moves this person may make now, in the order of the move bar.</summary>
    public IReadOnlyList<string> Moves { get; private set; } = [];

    public bool SeesPersonalData => Actor.May(LayananPermissions.LihatDataPemohonName);

    public UjiKonsekuensi? SavedUji => Item.UjiKonsekuensiJson is { } json ? JsonSerializer.Deserialize<UjiKonsekuensi>(json) : null;

    [BindProperty]
    public int Revisi { get; set; }

    [BindProperty]
    public string? Alasan { get; set; }

    [BindProperty]
    public JawabanForm Jawab { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPerpanjangAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, Perpanjang, actor => desk.ExtendAsync(id, Revisi, Alasan?.Trim() ?? string.Empty, actor, ct), "Jangka waktu diperpanjang 7 hari kerja.", ct);

    public Task<IActionResult> OnPostSiapkanAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, Siapkan, actor => desk.PrepareAsync(id, Revisi, Jawab.ToInput(), actor, ct), "Usulan jawaban disimpan untuk diputuskan PPID Pembantu.", ct);

    public Task<IActionResult> OnPostJawabAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, Putuskan, actor => desk.DecideAsync(id, Revisi, Jawab.ToInput(), actor, ct), "Jawaban tertulis diberikan; jam layanan berhenti.", ct);

    public Task<IActionResult> OnPostLampirkanAsync(Guid id, IFormFile? berkas, CancellationToken ct) =>
        MoveAsync(id, Lampirkan, async actor =>
        {
            if (berkas is null || berkas.Length == 0)
            {
                throw new InputException("berkas", "Pilih berkas yang akan dilampirkan.");
            }

            await using var stream = berkas.OpenReadStream();
            await desk.AttachAsync(id, Path.GetFileName(berkas.FileName), berkas.ContentType, stream, actor, ct);
        }, "Lampiran ditambahkan.", ct);

    /// <summary>The identity scan, for those who may see the requester's data; never cached.</summary>
    public async Task<IActionResult> OnGetIdentitasAsync(Guid id, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        if (!actor.May(LayananPermissions.LihatDataPemohonName))
        {
            return Forbid();
        }

        var p = await db.Permohonan.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p?.BerkasIdentitas is not { } location || files.Open(location) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(stream, ContentTypeOf(location), "identitas-" + p.Urutan + Path.GetExtension(location));
    }

    /// <summary>A file attached to the answer.</summary>
    public async Task<IActionResult> OnGetLampiranAsync(Guid id, Guid lampiran, CancellationToken ct)
    {
        var file = await db.PermohonanLampiran.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lampiran && l.PermohonanId == id, ct);
        if (file is null || files.Open(file.Lokasi) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(stream, file.ContentType, file.NamaBerkas);
    }

    private static string ContentTypeOf(string location) => Path.GetExtension(location).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".PNG" => "image/png",
        _ => "image/jpeg",
    };

    private async Task<IActionResult> MoveAsync(Guid id, string form, Func<Actor, Task> move, string done, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        try
        {
            await move(actor);
        }
        catch (Exception ex) when (Fail(form, ex))
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        TempData["Pesan"] = done;
        return RedirectToPage("/LayananInformasi/Kantor/Pages/Permohonan", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Actor = await CurrentActorAsync();
        var item = await db.Permohonan.AsNoTracking().Include(p => p.Lampiran).Include(p => p.KeberatanList).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Jam = await clock.ReadAsync(item.BatasWaktu, item.Status == StatusPermohonan.Dijawab, item.LamaHariKerja, ct);
        History = await db.LayananHistory.AsNoTracking().Where(h => h.PermohonanId == id).OrderBy(h => h.Sequence).ToListAsync(ct);
        Moves = [.. PermohonanWorkflow.Rows
            .Where(r => r.Action != PermohonanWorkflow.Terima && r.From.Contains(item.Status) && r.Permission is { } perm && Actor.May(perm))
            .Where(r => r.Action != Perpanjang || (item.DiperpanjangPada is null && clock.Now <= item.BatasWaktu))
            .OrderBy(r => Array.IndexOf([Putuskan, Siapkan, Perpanjang, Lampirkan], r.Action))
            .Select(r => r.Action)];
        if (Stale)
        {
            // What was typed stays; the next submission answers the request as it is now.
            Revisi = item.Revisi;
        }

        if (FailedForm is null)
        {
            Revisi = item.Revisi;
            Jawab = new JawabanForm
            {
                Keputusan = item.UsulanKeputusan,
                Jawaban = item.UsulanJawaban,
            };
        }

        if (Moves.Contains(Putuskan))
        {
            Links = [.. (await articles.PageAsync(1, 30, ct)).Items.Select(a => ("/berita/" + a.Slug, a.Title))];
        }

        return true;
    }

    /// <summary>The move bar's short words.</summary>
    public static string BarLabel(string action) => action switch
    {
        Putuskan => "Putuskan",
        Siapkan => "Siapkan",
        _ => MoveLabel(action),
    };

    public static string MoveLabel(string action) => action switch
    {
        Putuskan => "Putuskan dan jawab",
        Siapkan => "Siapkan jawaban",
        Perpanjang => "Perpanjang",
        Lampirkan => "Lampirkan berkas",
        _ => action,
    };
}
