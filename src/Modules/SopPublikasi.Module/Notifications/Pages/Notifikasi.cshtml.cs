using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Notifications.Pages;

/// <summary>My notifications, newest first, with their e-mail status; opening one marks it read.</summary>
public sealed class NotifikasiModel(NotificationInbox inbox) : AdminPageModel
{
    public IReadOnlyList<UserNotification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await inbox.LatestAsync(User, 100, ct);

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
