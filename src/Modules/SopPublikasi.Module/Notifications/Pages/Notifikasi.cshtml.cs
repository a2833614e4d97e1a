using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Notifications.Pages;

/// <summary>My notifications, newest first, with their e-mail status (and the other channels', Web Push); opening one marks it read.</summary>
public sealed class NotifikasiModel(NotificationInbox inbox, IEnumerable<INotificationChannel> channels) : AdminPageModel
{
    public IReadOnlyList<UserNotification> Items { get; private set; } = [];

    /// <summary>The other channels' delivery lines (Web Push, say) per notification.</summary>
    public IReadOnlyDictionary<long, List<string>> ChannelStatus { get; private set; } = new Dictionary<long, List<string>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await inbox.LatestAsync(User, 100, ct);
        var ids = Items.Select(n => n.Id).ToList();
        var lines = new Dictionary<long, List<string>>();
        foreach (var channel in channels)
        {
            foreach (var (id, line) in await channel.StatusAsync(ids, ct))
            {
                (lines.TryGetValue(id, out var list) ? list : lines[id] = []).Add(line);
            }
        }

        ChannelStatus = lines;
    }

    /// <summary>Marks the notification read and goes to what it is about (a local admin link only).</summary>
    public async Task<IActionResult> OnPostBukaAsync(long id, CancellationToken ct)
    {
        var n = await inbox.MarkReadAsync(User, id, ct);
        if (n is null)
        {
            return NotFound();
        }

        return n.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostBacaAsync(long id, CancellationToken ct)
    {
        if (await inbox.MarkReadAsync(User, id, ct) is null)
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBacaSemuaAsync(CancellationToken ct)
    {
        var count = await inbox.MarkAllReadAsync(User, ct);
        TempData["Pesan"] = count == 0 ? "Tidak ada notifikasi yang belum dibaca." : $"{count} notifikasi ditandai sudah dibaca.";
        return RedirectToPage();
    }

    public static string EmailLabel(UserNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return n.EmailStatus switch
        {
            EmailStatus.Delivered => "E-mail terkirim " + Common.IndonesianTime.DateTime(n.EmailDeliveredAt!.Value),
            EmailStatus.Pending when n.EmailAttempts == 0 => "E-mail menunggu dikirim",
            EmailStatus.Pending => $"E-mail belum terkirim (percobaan {n.EmailAttempts}): {n.EmailLastError}",
            EmailStatus.Failed => $"E-mail gagal: {n.EmailLastError}",
            _ => "Tanpa e-mail",
        };
    }
}
