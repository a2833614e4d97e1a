using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The desk's webhook events, a delivery per interested subscription committed with the move. The payloads carry
/// numbers, dates and decisions only: never the requester's name, identity number, address or contact.
/// </summary>
public sealed class WebhookOnLayanan(WebhookWriter webhooks) :
    ILayananEventHandler<PermohonanDiterima>,
    ILayananEventHandler<PermohonanBerubah>,
    ILayananEventHandler<PermohonanTerlambat>,
    ILayananEventHandler<KeberatanDiterima>,
    ILayananEventHandler<KeberatanBerubah>
{
    public const string PermohonanDiterimaEvent = "permohonan.diterima";
    public const string PermohonanDijawabEvent = "permohonan.dijawab";
    public const string PermohonanTerlambatEvent = "permohonan.terlambat";
    public const string KeberatanDiterimaEvent = "keberatan.diterima";
    public const string KeberatanDijawabEvent = "keberatan.dijawab";

    public static (string Name, string Label)[] Events { get; } =
    [
        (PermohonanDiterimaEvent, "Permohonan informasi diterima"),
        (PermohonanDijawabEvent, "Permohonan informasi dijawab"),
        (PermohonanTerlambatEvent, "Permohonan informasi melewati batas waktu"),
        (KeberatanDiterimaEvent, "Keberatan diterima"),
        (KeberatanDijawabEvent, "Keberatan dijawab atasan PPID"),
    ];

    public Task StagingAsync(PermohonanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return webhooks.EnqueueAsync(PermohonanDiterimaEvent, new
        {
            permohonanId = p.Id,
            nomorRegister = p.NomorRegister,
            saluran = p.Saluran.ToString(),
            diterimaPada = IndonesianTime.ToWib(p.DiterimaPada),
            batasWaktu = IndonesianTime.ToWib(p.BatasWaktu),
        }, ct);
    }

    public Task StagingAsync(PermohonanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return e.Action != PermohonanWorkflow.Jawab
            ? Task.CompletedTask
            : webhooks.EnqueueAsync(PermohonanDijawabEvent, new
            {
                permohonanId = p.Id,
                nomorRegister = p.NomorRegister,
                keputusan = p.Keputusan?.ToString(),
                alasanPengecualian = p.AlasanPengecualian,
                dijawabPada = p.DijawabPada is { } at ? IndonesianTime.ToWib(at) : (DateTimeOffset?)null,
                lamaHariKerja = p.LamaHariKerja,
                diperpanjang = p.DiperpanjangPada is not null,
                terlambat = p.DijawabPada > p.BatasWaktu,
            }, ct);
    }

    public Task StagingAsync(PermohonanTerlambat e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return webhooks.EnqueueAsync(PermohonanTerlambatEvent, new
        {
            permohonanId = p.Id,
            nomorRegister = p.NomorRegister,
            status = p.Status.ToString(),
            batasWaktu = IndonesianTime.ToWib(p.BatasWaktu),
        }, ct);
    }

    public Task StagingAsync(KeberatanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var k = e.Keberatan;
        return webhooks.EnqueueAsync(KeberatanDiterimaEvent, new
        {
            keberatanId = k.Id,
            nomorRegister = k.NomorRegister,
            permohonanId = e.Permohonan.Id,
            nomorPermohonan = e.Permohonan.NomorRegister,
            alasan = k.Alasan.Select(a => a.ToString()).ToArray(),
            diterimaPada = IndonesianTime.ToWib(k.DiterimaPada),
            batasWaktu = IndonesianTime.ToWib(k.BatasWaktu),
        }, ct);
    }

    public Task StagingAsync(KeberatanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var k = e.Keberatan;
        return e.Action != KeberatanWorkflow.Putus
            ? Task.CompletedTask
            : webhooks.EnqueueAsync(KeberatanDijawabEvent, new
            {
                keberatanId = k.Id,
                nomorRegister = k.NomorRegister,
                permohonanId = e.Permohonan.Id,
                nomorPermohonan = e.Permohonan.NomorRegister,
                putusan = k.Putusan?.ToString(),
                dijawabPada = k.DijawabPada is { } at ? IndonesianTime.ToWib(at) : (DateTimeOffset?)null,
                lamaHariKerja = k.LamaHariKerja,
            }, ct);
    }

    public Task CommittedAsync(PermohonanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(PermohonanBerubah e, CancellationToken ct) => Wake();

    public Task CommittedAsync(PermohonanTerlambat e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanBerubah e, CancellationToken ct) => Wake();

    private Task Wake()
    {
        webhooks.Committed();
        return Task.CompletedTask;
    }
}
