using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>The objection's moves (UU 14/2008 Pasal 35-37): filed by the requester, answered by the atasan PPID.</summary>
public sealed partial class LayananService
{
    public async Task<KeberatanTerdaftar> FileObjectionAsync(string nomorRegister, string kodeLacak, KeberatanInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindForRequesterAsync(nomorRegister, kodeLacak, ct) ?? throw new NotFoundException(NotFoundMessage);
        KeberatanWorkflow.Instance.Check(KeberatanWorkflow.Ajukan, null, null, LayananLabels.KeberatanStatus);
        var now = clock.GetUtcNow();
        var ground = await ObjectionGroundAsync(found, now, ct);
        LayananValidation.Check(input);

        var wib = IndonesianTime.ToWib(now);
        var batas = await calendar.DeadlineAsync(now, ObjectionDays, ct);
        Keberatan? saved = null;
        await NumberedAsync(
            ct => db.Keberatan.Where(k => k.Tahun == wib.Year).MaxAsync(k => (int?)k.Urutan, ct),
            async urut =>
            {
                var p = await db.Permohonan.FirstAsync(x => x.Id == found.Id, ct);
                var k = new Keberatan
                {
                    Id = Guid.NewGuid(),
                    PermohonanId = p.Id,
                    Permohonan = p,
                    NomorRegister = NomorPola.Format(options.Value.PolaNomorKeberatan, urut, wib.Year, wib.Month),
                    Tahun = wib.Year,
                    Urutan = urut,
                    Alasan = [.. input.Alasan.Distinct().Order()],
                    Uraian = input.Uraian.Trim(),
                    Status = StatusKeberatan.Diterima,
                    DiterimaPada = now,
                    BatasWaktu = batas,
                };
                db.Keberatan.Add(k);
                await LayananHistoryChain.AppendAsync(db, p.Id, KeberatanWorkflow.Ajukan, string.Empty, k.Status.ToString(), null, now,
                    $"Keberatan {k.NomorRegister} ({ground}); alasan: {string.Join("; ", k.Alasan.Select(LayananLabels.Alasan))}; batas tanggapan {IndonesianTime.Deadline(batas)}.", ct);
                saved = k;
                return new KeberatanDiterima(k, p);
            },
            ct);
        return new KeberatanTerdaftar(saved!.Id, saved.NomorRegister, batas);
    }

    public async Task AnswerObjectionAsync(Guid keberatanId, int revisi, PutusanKeberatan putusan, string tanggapan, Actor actor, CancellationToken ct)
    {
        var k = await LoadObjectionAsync(keberatanId, revisi, KeberatanWorkflow.Putus, actor, ct);
        if (!Enum.IsDefined(putusan))
        {
            throw new InputException("putusan", "Pilih putusan atas keberatan.");
        }

        LayananValidation.Required(tanggapan, "tanggapan", 8000, "Tanggapan tertulis atasan PPID wajib diisi.");
        var now = clock.GetUtcNow();
        k.Putusan = putusan;
        k.Tanggapan = tanggapan.Trim();
        k.DijawabPada = now;
        k.LamaHariKerja = await calendar.CountAsync(k.DiterimaPada, now, ct);
        var note = $"Keberatan {k.NomorRegister}: {LayananLabels.Putusan(putusan)}; {k.LamaHariKerja} hari kerja"
            + (now > k.BatasWaktu ? $"; terlambat (batas waktu {IndonesianTime.Deadline(k.BatasWaktu)})." : ".");
        await MoveObjectionAsync(k, KeberatanWorkflow.Putus, StatusKeberatan.Dijawab, actor, now, note, ct);
    }

    public async Task RecordDisputeAsync(Guid keberatanId, int revisi, DateOnly tanggal, string? catatan, Actor actor, CancellationToken ct)
    {
        var k = await LoadObjectionAsync(keberatanId, revisi, KeberatanWorkflow.Sengketa, actor, ct);
        if (k.SengketaDiajukanPada is not null)
        {
            throw new LayananRuleException("Sengketa atas keberatan ini sudah dicatat.");
        }

        var now = clock.GetUtcNow();
        if (tanggal > IndonesianTime.Today(clock) || tanggal < Kalender.WorkingDayCalendar.DateOf(k.DijawabPada!.Value))
        {
            throw new InputException("tanggal", "Tanggal pengajuan sengketa harus di antara tanggal tanggapan atasan dan hari ini.");
        }

        if (catatan?.Trim().Length > 2000)
        {
            throw new InputException("catatan", "Paling banyak 2000 karakter.");
        }

        k.SengketaDiajukanPada = new DateTimeOffset(tanggal.ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset).ToUniversalTime();
        k.CatatanSengketa = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        await MoveObjectionAsync(k, KeberatanWorkflow.Sengketa, k.Status, actor, now,
            $"Keberatan {k.NomorRegister}: sengketa diajukan ke Komisi Informasi pada {IndonesianTime.Date(tanggal)}.", ct);
    }

    /// <summary>
    /// What the objection's 30 working days count from (Pasal 36): the answer, or the deadline that passed without
    /// one. Refused while the request is still within its time, while another objection waits, or after the window.
    /// </summary>
    private async Task<string> ObjectionGroundAsync(Permohonan p, DateTimeOffset now, CancellationToken ct)
    {
        if (p.KeberatanList.Any(k => k.Status == StatusKeberatan.Diterima))
        {
            throw new LayananRuleException("Keberatan sebelumnya atas permohonan ini masih menunggu tanggapan atasan PPID.");
        }

        var (since, ground) = p.DijawabPada is { } answered
            ? (answered, "sejak jawaban " + IndonesianTime.Date(answered))
            : now > p.BatasWaktu
                ? (p.BatasWaktu, "sejak batas waktu jawaban " + IndonesianTime.Deadline(p.BatasWaktu) + " terlewati")
                : throw new LayananRuleException(
                    $"Permohonan masih diproses; keberatan dapat diajukan setelah jawaban diberikan atau setelah batas waktunya ({IndonesianTime.Deadline(p.BatasWaktu)}) terlewati.");
        var window = await calendar.DeadlineAsync(since, ObjectionDays, ct);
        if (now > window)
        {
            throw new LayananRuleException(
                $"Batas pengajuan keberatan sudah lewat: keberatan diajukan paling lambat {ObjectionDays} hari kerja {ground}, yaitu {IndonesianTime.Deadline(window)}.");
        }

        return ground;
    }

    private async Task<Keberatan> LoadObjectionAsync(Guid id, int revisi, string action, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        KeberatanWorkflow.Instance.Authorize(action, actor);
        var k = await db.Keberatan.Include(x => x.Permohonan).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Keberatan tidak ditemukan.");
        if (k.Revisi != revisi)
        {
            throw new LayananConflictException(LayananUnitOfWork.StaleMessage);
        }

        KeberatanWorkflow.Instance.Check(action, k.Status, actor, LayananLabels.KeberatanStatus);
        return k;
    }

    private async Task MoveObjectionAsync(Keberatan k, string action, StatusKeberatan to, Actor actor, DateTimeOffset now, string note, CancellationToken ct)
    {
        var from = k.Status;
        k.Status = to;
        k.Revisi++;
        await LayananHistoryChain.AppendAsync(db, k.PermohonanId, action, from.ToString(), to.ToString(), actor, now, note, ct);
        await unit.CommitAsync(new KeberatanBerubah(k, k.Permohonan!, action), ct);
    }
}
