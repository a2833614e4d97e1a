using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The PPID desk (<see cref="ILayananInformasi"/>): each command loads, checks the actor's permission and the move
/// against the workflow's table, checks the revisi and the input, changes the row, appends the history row and
/// commits it with its event's staged reactions (<see cref="LayananUnitOfWork"/>). This file holds the request's
/// moves; the objection's are in <c>LayananService.Keberatan.cs</c>.
/// </summary>
public sealed partial class LayananService(
    SopDbContext db,
    IWorkingDayCalendar calendar,
    LayananFiles files,
    LayananUnitOfWork unit,
    IOptions<LayananOptions> options,
    TimeProvider clock) : ILayananInformasi
{
    public const int AnswerDays = 10;
    public const int ExtensionDays = 7;
    public const int ObjectionDays = 30;

    public const string NotFoundMessage = "Nomor register atau kode lacak tidak cocok.";

    public async Task<PermohonanTerdaftar> SubmitAsync(PermohonanInput input, Actor? staff, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (staff is not null)
        {
            PermohonanWorkflow.Instance.Check(PermohonanWorkflow.Terima, null, staff, LayananLabels.Status);
        }

        LayananValidation.Check(input);
        StoredFile? scan = null;
        if (input.Identitas is { } upload)
        {
            await using var content = upload.Open();
            scan = await files.SaveAsync(content, "identitas", LayananFiles.IdentityTypes, ct);
        }

        try
        {
            var now = clock.GetUtcNow();
            var wib = IndonesianTime.ToWib(now);
            var kode = KodeLacak.New();
            var batas = await calendar.DeadlineAsync(now, AnswerDays, ct);
            Permohonan? saved = null;
            await NumberedAsync(
                ct => db.Permohonan.Where(p => p.Tahun == wib.Year).MaxAsync(p => (int?)p.Urutan, ct),
                async urut =>
                {
                    var p = new Permohonan
                    {
                        Id = Guid.NewGuid(),
                        NomorRegister = NomorPola.Format(options.Value.PolaNomorPermohonan, urut, wib.Year, wib.Month),
                        Tahun = wib.Year,
                        Urutan = urut,
                        KodeLacakHash = KodeLacak.Hash(kode),
                        Saluran = staff is null ? SaluranPermohonan.Daring : input.Saluran,
                        JenisPemohon = input.JenisPemohon,
                        NamaPemohon = input.NamaPemohon.Trim(),
                        NomorIdentitas = input.NomorIdentitas.Trim(),
                        Alamat = input.Alamat.Trim(),
                        Telepon = Blank(input.Telepon),
                        Email = Blank(input.Email),
                        BerkasIdentitas = scan?.Location,
                        RincianInformasi = input.RincianInformasi.Trim(),
                        TujuanPenggunaan = input.TujuanPenggunaan.Trim(),
                        CaraMemperoleh = input.CaraMemperoleh,
                        CaraMendapatkanSalinan = input.CaraMemperoleh == CaraMemperoleh.MelihatMembaca ? null : input.CaraMendapatkanSalinan,
                        Status = StatusPermohonan.Diterima,
                        DiterimaPada = now,
                        BatasWaktu = batas,
                    };
                    db.Permohonan.Add(p);
                    var action = staff is null ? LayananActions.PermohonanDaring : PermohonanWorkflow.Terima;
                    await LayananHistoryChain.AppendAsync(db, p.Id, action, string.Empty, p.Status.ToString(), staff, now,
                        $"Nomor {p.NomorRegister}; saluran {LayananLabels.Saluran(p.Saluran)}; batas waktu {IndonesianTime.Deadline(batas)}.", ct);
                    saved = p;
                    return new PermohonanDiterima(p);
                },
                ct);
            return new PermohonanTerdaftar(saved!.Id, saved.NomorRegister, kode, batas);
        }
        catch
        {
            files.Delete(scan?.Location);
            throw;
        }
    }

    public async Task<Permohonan?> FindForRequesterAsync(string nomorRegister, string kodeLacak, CancellationToken ct)
    {
        var nomor = nomorRegister?.Trim() ?? string.Empty;
        var p = await db.Permohonan.AsNoTracking()
            .Include(x => x.KeberatanList)
            .Include(x => x.Lampiran)
            .FirstOrDefaultAsync(x => x.NomorRegister == nomor, ct);

        // The check runs whether or not the number exists, so the time taken does not tell which one was wrong.
        var matches = KodeLacak.Matches(kodeLacak, p?.KodeLacakHash ?? LayananHistoryChain.Genesis);
        return p is not null && matches ? p : null;
    }

    public async Task ExtendAsync(Guid id, int revisi, string alasan, Actor actor, CancellationToken ct)
    {
        var p = await LoadAsync(id, revisi, PermohonanWorkflow.Perpanjang, actor, ct);
        if (p.DiperpanjangPada is not null)
        {
            throw new LayananRuleException("Jangka waktu permohonan ini sudah pernah diperpanjang; perpanjangan hanya boleh sekali (UU 14/2008 Pasal 22 ayat 8).");
        }

        var now = clock.GetUtcNow();
        if (now > p.BatasWaktu)
        {
            throw new LayananRuleException($"Batas waktu jawaban sudah lewat ({IndonesianTime.Deadline(p.BatasWaktu)}); perpanjangan harus diberikan sebelum batas waktu.");
        }

        LayananValidation.Required(alasan, "alasan", 2000, "Alasan perpanjangan wajib diisi (pemberitahuan tertulis kepada pemohon).");
        p.BatasWaktu = await calendar.DeadlineAsync(p.BatasWaktu, ExtensionDays, ct);
        p.DiperpanjangPada = now;
        p.AlasanPerpanjangan = alasan.Trim();
        await MoveAsync(p, PermohonanWorkflow.Perpanjang, p.Status, actor, now,
            $"Diperpanjang {ExtensionDays} hari kerja; batas waktu baru {IndonesianTime.Deadline(p.BatasWaktu)}.", ct);
    }

    public async Task PrepareAsync(Guid id, int revisi, JawabanInput usulan, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(usulan);
        var p = await LoadAsync(id, revisi, PermohonanWorkflow.Siapkan, actor, ct);
        LayananValidation.Check(usulan, final: false);
        p.UsulanKeputusan = usulan.Keputusan;
        p.UsulanJawaban = usulan.Jawaban.Trim();
        await MoveAsync(p, PermohonanWorkflow.Siapkan, StatusPermohonan.JawabanDisiapkan, actor, clock.GetUtcNow(),
            $"Usulan keputusan: {LayananLabels.Keputusan(usulan.Keputusan)}.", ct);
    }

    public async Task DecideAsync(Guid id, int revisi, JawabanInput jawaban, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jawaban);
        var p = await LoadAsync(id, revisi, PermohonanWorkflow.Jawab, actor, ct);
        LayananValidation.Check(jawaban, final: true);
        var now = clock.GetUtcNow();
        var exempt = jawaban.Keputusan is KeputusanPermohonan.Ditolak or KeputusanPermohonan.DikabulkanSebagian;
        p.Keputusan = jawaban.Keputusan;
        p.Jawaban = jawaban.Jawaban.Trim();
        p.AlasanPengecualian = exempt ? AlasanPengecualian.Find(jawaban.AlasanPengecualian)!.Kode : null;
        p.UjiKonsekuensiJson = exempt ? JsonSerializer.Serialize(jawaban.UjiKonsekuensi) : null;
        p.PenguasaInformasi = jawaban.Keputusan == KeputusanPermohonan.TidakDikuasai ? Blank(jawaban.PenguasaInformasi) : null;
        p.Biaya = jawaban.Biaya is > 0 ? jawaban.Biaya : null;
        p.TautanInformasi = Blank(jawaban.TautanInformasi);
        p.DijawabPada = now;
        p.LamaHariKerja = await calendar.CountAsync(p.DiterimaPada, now, ct);
        var note = $"Keputusan: {LayananLabels.Keputusan(jawaban.Keputusan)}"
            + (p.AlasanPengecualian is { } ground ? $" ({ground})" : string.Empty)
            + $"; {p.LamaHariKerja} hari kerja"
            + (now > p.BatasWaktu ? $"; terlambat (batas waktu {IndonesianTime.Deadline(p.BatasWaktu)})." : ".");
        await MoveAsync(p, PermohonanWorkflow.Jawab, StatusPermohonan.Dijawab, actor, now, note, ct);
    }

    public async Task<LampiranJawaban> AttachAsync(Guid id, string fileName, string contentType, Stream content, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var p = await db.Permohonan.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Permohonan tidak ditemukan.");
        PermohonanWorkflow.Instance.Check(PermohonanWorkflow.Lampirkan, p.Status, actor, LayananLabels.Status);
        var stored = await files.SaveAsync(content, "berkas", null, ct);
        try
        {
            var now = clock.GetUtcNow();
            var lampiran = new LampiranJawaban
            {
                Id = Guid.NewGuid(),
                PermohonanId = p.Id,
                NamaBerkas = MediaStore.DownloadName(fileName, stored.ContentType),
                ContentType = stored.ContentType,
                Ukuran = stored.Size,
                Lokasi = stored.Location,
                DiunggahPada = now,
            };
            db.PermohonanLampiran.Add(lampiran);
            await LayananHistoryChain.AppendAsync(db, p.Id, PermohonanWorkflow.Lampirkan, p.Status.ToString(), p.Status.ToString(), actor, now,
                $"Lampiran: {lampiran.NamaBerkas} ({MediaStore.FormatSize(lampiran.Ukuran)}).", ct);
            await unit.CommitAsync(new PermohonanBerubah(p, PermohonanWorkflow.Lampirkan), ct);
            return lampiran;
        }
        catch
        {
            files.Delete(stored.Location);
            throw;
        }
    }

    private async Task<Permohonan> LoadAsync(Guid id, int revisi, string action, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        PermohonanWorkflow.Instance.Authorize(action, actor);
        var p = await db.Permohonan.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Permohonan tidak ditemukan.");
        if (p.Revisi != revisi)
        {
            throw new LayananConflictException(LayananUnitOfWork.StaleMessage);
        }

        PermohonanWorkflow.Instance.Check(action, p.Status, actor, LayananLabels.Status);
        return p;
    }

    private async Task MoveAsync(Permohonan p, string action, StatusPermohonan to, Actor actor, DateTimeOffset now, string note, CancellationToken ct)
    {
        var from = p.Status;
        p.Status = to;
        p.Revisi++;
        await LayananHistoryChain.AppendAsync(db, p.Id, action, from.ToString(), to.ToString(), actor, now, note, ct);
        await unit.CommitAsync(new PermohonanBerubah(p, action), ct);
    }

    /// <summary>
    /// Saves a new numbered row: the next number of the year, and when another instance took it first (the unique index
    /// (Tahun, Urutan) refuses the second), everything staged is dropped and the attempt runs again with the next one.
    /// </summary>
    private async Task NumberedAsync<TEvent>(Func<CancellationToken, Task<int?>> highest, Func<int, Task<TEvent>> attempt, CancellationToken ct)
        where TEvent : class
    {
        for (var tries = 1; ; tries++)
        {
            var urut = (await highest(ct) ?? 0) + 1;
            try
            {
                await unit.CommitAsync(await attempt(urut), ct);
                return;
            }
            catch (DbUpdateException) when (tries < 20)
            {
                db.ChangeTracker.Clear();
                if ((await highest(ct) ?? 0) < urut)
                {
                    throw; // not a taken number: a real failure
                }
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
