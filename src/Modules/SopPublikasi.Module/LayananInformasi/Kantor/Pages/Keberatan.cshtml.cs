using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>
/// One objection (<c>/admin/layanan/keberatan/{id}</c>): its grounds and account, the atasan PPID's written answer
/// (<see cref="LayananPermissions.JawabKeberatan"/>) and, once answered, the record of a dispute taken to the Komisi Informasi.
/// </summary>
[RequirePermission(LayananPermissions.LihatRegisterName)]
public sealed class KeberatanModel(SopDbContext db, ILayananInformasi desk, LayananClock clock) : LayananPageModel
{
    public const string Putus = KeberatanWorkflow.Putus;
    public const string Sengketa = KeberatanWorkflow.Sengketa;

    public Keberatan Item { get; private set; } = null!;

    public Actor Actor { get; private set; } = null!;

    public JamLayanan Jam { get; private set; } = null!;

    public IReadOnlyList<string> Moves { get; private set; } = [];

    [BindProperty]
    public int Revisi { get; set; }

    [BindProperty]
    public PutusanKeberatan? Putusan { get; set; }

    [BindProperty]
    public string? Tanggapan { get; set; }

    [BindProperty]
    public DateOnly? Tanggal { get; set; }

    [BindProperty]
    public string? Catatan { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPutusAsync(Guid id, CancellationToken ct)
    {
        if (Putusan is null)
        {
            AddError(Putus, "putusan", "Pilih tanggapan: keberatan diterima atau ditolak.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await MoveAsync(id, Putus, actor => desk.AnswerObjectionAsync(id, Revisi, Putusan.Value, Tanggapan?.Trim() ?? string.Empty, actor, ct), "Tanggapan atasan PPID tercatat.", ct);
    }

    public async Task<IActionResult> OnPostSengketaAsync(Guid id, CancellationToken ct)
    {
        if (Tanggal is null)
        {
            AddError(Sengketa, "tanggal", "Isi tanggal sengketa diajukan ke Komisi Informasi.");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await MoveAsync(id, Sengketa, actor => desk.RecordDisputeAsync(id, Revisi, Tanggal.Value, string.IsNullOrWhiteSpace(Catatan) ? null : Catatan.Trim(), actor, ct), "Sengketa informasi tercatat.", ct);
    }

    private async Task<IActionResult> MoveAsync(Guid id, string form, Func<Actor, Task> move, string done, CancellationToken ct)
    {
        try
        {
            await move(await CurrentActorAsync());
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
        return RedirectToPage("/LayananInformasi/Kantor/Pages/Keberatan", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Actor = await CurrentActorAsync();
        var item = await db.Keberatan.AsNoTracking().Include(k => k.Permohonan).FirstOrDefaultAsync(k => k.Id == id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Jam = await clock.ReadAsync(item.BatasWaktu, item.Status == StatusKeberatan.Dijawab, item.LamaHariKerja, ct);
        Moves = [.. KeberatanWorkflow.Rows
            .Where(r => r.Permission is { } perm && Actor.May(perm) && r.From.Contains(item.Status))
            .Where(r => r.Action != Sengketa || item.SengketaDiajukanPada is null)
            .Select(r => r.Action)];
        if (FailedForm is null || Stale)
        {
            Revisi = item.Revisi;
        }

        return true;
    }
}
