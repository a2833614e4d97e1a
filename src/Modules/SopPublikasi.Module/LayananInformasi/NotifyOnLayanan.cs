using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// Whoever must act on the desk hears of it, the notice committed with the move: a new request reaches the PPID
/// Pembantu and the Pencatat, a prepared answer and an answered objection the PPID Pembantu, an objection the atasan
/// PPID; a missed deadline both. No personal data in the notices: the number and the deadline say enough.
/// </summary>
public sealed class NotifyOnLayanan(NotificationCentre centre) :
    ILayananEventHandler<PermohonanDiterima>,
    ILayananEventHandler<PermohonanBerubah>,
    ILayananEventHandler<PermohonanTerlambat>,
    ILayananEventHandler<KeberatanDiterima>,
    ILayananEventHandler<KeberatanBerubah>,
    ILayananEventHandler<KeberatanTerlambat>
{
    public static string PermohonanLink(Guid id) => $"/admin/layanan/permohonan/{id}";

    public static string KeberatanLink(Guid id) => $"/admin/layanan/keberatan/{id}";

    public Task StagingAsync(PermohonanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return ToRolesAsync([SopRoles.PpidPembantu, SopRoles.Pencatat], new Notification(
            "permohonan-baru",
            $"Permohonan informasi baru {p.NomorRegister}",
            $"Permohonan {p.NomorRegister} diterima lewat {LayananLabels.Saluran(p.Saluran).ToLowerInvariant()}. "
            + $"Jawaban tertulis paling lambat {IndonesianTime.Deadline(p.BatasWaktu)}.",
            PermohonanLink(p.Id)), ct);
    }

    public Task StagingAsync(PermohonanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return e.Action != PermohonanWorkflow.Siapkan
            ? Task.CompletedTask
            : ToRolesAsync([SopRoles.PpidPembantu], new Notification(
                "jawaban-disiapkan",
                $"Jawaban disiapkan: {p.NomorRegister}",
                $"Usulan jawaban ({LayananLabels.Keputusan(p.UsulanKeputusan!.Value).ToLowerInvariant()}) untuk permohonan {p.NomorRegister} "
                + $"menunggu keputusan Anda. Batas waktu {IndonesianTime.Deadline(p.BatasWaktu)}.",
                PermohonanLink(p.Id)), ct);
    }

    public Task StagingAsync(PermohonanTerlambat e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return ToRolesAsync([SopRoles.PpidPembantu, SopRoles.Pencatat], new Notification(
            "permohonan-terlambat",
            $"Permohonan {p.NomorRegister} melewati batas waktu",
            $"Batas waktu jawaban permohonan {p.NomorRegister} ({IndonesianTime.Deadline(p.BatasWaktu)}) sudah lewat dan jawabannya belum diberikan. "
            + "Pemohon kini dapat mengajukan keberatan.",
            PermohonanLink(p.Id)), ct);
    }

    public Task StagingAsync(KeberatanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var k = e.Keberatan;
        return ToRolesAsync([SopRoles.AtasanPpid], new Notification(
            "keberatan-baru",
            $"Keberatan baru {k.NomorRegister}",
            $"Pemohon mengajukan keberatan {k.NomorRegister} atas permohonan {e.Permohonan.NomorRegister}. "
            + $"Tanggapan tertulis paling lambat {IndonesianTime.Deadline(k.BatasWaktu)}.",
            KeberatanLink(k.Id)), ct);
    }

    public Task StagingAsync(KeberatanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var k = e.Keberatan;
        return e.Action != KeberatanWorkflow.Putus
            ? Task.CompletedTask
            : ToRolesAsync([SopRoles.PpidPembantu], new Notification(
                "keberatan-dijawab",
                $"Keberatan {k.NomorRegister} dijawab: {LayananLabels.Keberatan(k).ToLowerInvariant()}",
                $"Atasan PPID menjawab keberatan {k.NomorRegister} atas permohonan {e.Permohonan.NomorRegister}: {LayananLabels.Keberatan(k).ToLowerInvariant()}.",
                KeberatanLink(k.Id)), ct);
    }

    public Task StagingAsync(KeberatanTerlambat e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var k = e.Keberatan;
        return ToRolesAsync([SopRoles.AtasanPpid, SopRoles.PpidPembantu], new Notification(
            "keberatan-terlambat",
            $"Keberatan {k.NomorRegister} melewati batas waktu",
            $"Batas waktu tanggapan atasan PPID atas keberatan {k.NomorRegister} ({IndonesianTime.Deadline(k.BatasWaktu)}) sudah lewat.",
            KeberatanLink(k.Id)), ct);
    }

    public Task CommittedAsync(PermohonanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(PermohonanBerubah e, CancellationToken ct) => Wake();

    public Task CommittedAsync(PermohonanTerlambat e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanBerubah e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanTerlambat e, CancellationToken ct) => Wake();

    private async Task ToRolesAsync(IEnumerable<string> roles, Notification notification, CancellationToken ct)
    {
        var people = new List<string>();
        foreach (var role in roles)
        {
            people.AddRange(await centre.UsersInRoleAsync(role, ct));
        }

        await centre.StageAsync(people, notification, null, ct);
    }

    private Task Wake()
    {
        centre.Committed();
        return Task.CompletedTask;
    }
}
