using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.Push;

/// <summary>Wakes the push sender right after notifications are committed.</summary>
public sealed class PushSignal : WakeSignal;

/// <summary>
/// Web Push as a notification channel: for each notification staged, one <see cref="PushDelivery"/> per device of
/// its person, committed with it; <see cref="PushSender"/> sends them. Nothing is staged while push is off.
/// </summary>
public sealed class PushChannel(SopDbContext db, IOptionsMonitor<PushOptions> options, PushSignal signal, TimeProvider clock) : INotificationChannel
{
    public async Task StageAsync(IReadOnlyList<UserNotification> staged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(staged);
        if (staged.Count == 0 || !options.CurrentValue.Enabled)
        {
            return;
        }

        var userIds = staged.Select(n => n.UserId).Distinct(StringComparer.Ordinal).ToList();
        var devices = await db.PushDevices.AsNoTracking().Where(d => userIds.Contains(d.UserId)).Select(d => new { d.Id, d.UserId, d.Label }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var n in staged)
        {
            foreach (var device in devices.Where(d => d.UserId == n.UserId))
            {
                db.PushDeliveries.Add(new PushDelivery
                {
                    Notification = n,
                    DeviceId = device.Id,
                    DeviceLabel = device.Label,
                    Status = PushStatus.Pending,
                    NextAttemptAt = now,
                });
            }
        }
    }

    public void Committed() => signal.Notify();

    public async Task<IReadOnlyDictionary<long, string>> StatusAsync(IReadOnlyList<long> notificationIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notificationIds);
        var rows = await db.PushDeliveries.AsNoTracking()
            .Where(d => notificationIds.Contains(d.NotificationId))
            .Select(d => new { d.NotificationId, d.Status, d.Attempts, d.DeliveredAt, d.DeviceLabel, d.LastError })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.NotificationId).ToDictionary(
            g => g.Key,
            g => "Push: " + string.Join("; ", g.Select(r => Label(r.Status, r.Attempts, r.DeliveredAt, r.DeviceLabel, r.LastError))));
    }

    public static string Label(PushStatus status, int attempts, DateTimeOffset? deliveredAt, string device, string? error) => status switch
    {
        PushStatus.Delivered => $"terkirim ke {device} {IndonesianTime.DateTime(deliveredAt!.Value)}",
        PushStatus.Pending when attempts == 0 => $"menunggu dikirim ke {device}",
        PushStatus.Pending => $"belum terkirim ke {device} (percobaan {attempts}): {error}",
        PushStatus.Gone => $"{device} tidak lagi berlangganan dan dihapus dari daftar perangkat",
        _ => $"gagal ke {device}: {error}",
    };
}
