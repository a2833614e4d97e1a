using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.CrossPosting.Pages;

/// <summary>
/// "Status Media Sosial": every article × channel as the outbox holds it; retry and cancel for those who manage the
/// channels (KelolaSaluran), and for WhatsApp rows the text to copy and "Tandai sudah dikirim".
/// </summary>
public sealed class MediaSosialModel(
    CrossPostQueries crossPosts, ChannelDirectory channels, OutboxActions actions, PermissionService permissions, HandOffMarks handOff, Removal.RemovalQueries removals) : AdminPageModel
{
    public IReadOnlyList<OutboxMessage> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, ResolvedChannel> Channels { get; private set; } = new Dictionary<string, ResolvedChannel>();

    public bool IsAdmin { get; private set; }

    /// <summary>The removals of the rows' posts (withdrawn articles), by outbox row, shown as on the item page.</summary>
    public IReadOnlyDictionary<Guid, Removal.OutboxRemoval> Removals { get; private set; } = new Dictionary<Guid, Removal.OutboxRemoval>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsAdmin = await IsAdminAsync();
        Rows = await crossPosts.RecentAsync(300, ct);
        Removals = await removals.ForOutboxAsync([.. Rows.Select(r => r.Id)], ct);
        Channels = (await channels.AllAsync(ct)).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A hand-off row's copy text, with the mark button for those who manage the channels.</summary>
    public HandOffView HandOff(OutboxMessage row, ResolvedChannel? channel) =>
        new(row, channel?.OptionalCredential(Networks.WhatsApp.WhatsAppNetwork.DestinationKey), IsAdmin);

    /// <summary>"Tandai sudah dikirim": an officer sent a WhatsApp row by hand; a second submit changes nothing.</summary>
    public async Task<IActionResult> OnPostTandaiTerkirimAsync(Guid kiriman, CancellationToken ct)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var actor = await CurrentActorAsync();
        var (ok, message) = await handOff.MarkAsync(kiriman, null, actor, ct);
        return ok ? Done(message) : Refused(message);
    }

    public Task<IActionResult> OnPostUlangiAsync(Guid id, CancellationToken ct) =>
        ActAsync(() => actions.RetryAsync(id, ct), "Kiriman dijadwalkan ulang.");

    public Task<IActionResult> OnPostBatalkanAsync(Guid id, CancellationToken ct) =>
        ActAsync(() => actions.CancelAsync(id, ct), "Kiriman dibatalkan.");

    public Task<IActionResult> OnPostKonfirmasiAsync(Guid id, string? tautan, CancellationToken ct) =>
        Uri.TryCreate(tautan, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"
            ? ActAsync(() => actions.ConfirmAsync(id, link, ct), "Kiriman ditandai terkirim.")
            : Task.FromResult<IActionResult>(Refused("Isi tautan kiriman yang ditemukan di saluran (https://…)."));

    private async Task<IActionResult> ActAsync(Func<Task<bool>> act, string done)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        return await act() ? Done(done) : Refused("Kiriman sedang diproses atau sudah berubah status; muat ulang halaman.");
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Pesan"] = message;
        return RedirectToPage();
    }

    private RedirectToPageResult Refused(string message)
    {
        TempData["Galat"] = message;
        return RedirectToPage();
    }

    private Task<bool> IsAdminAsync() => permissions.MayAsync(User, CrossPostingPermissions.KelolaSaluran);
}
