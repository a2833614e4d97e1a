using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Push.Pages;

/// <summary>
/// My devices for Web Push: this browser subscribes (the script posts its subscription with the antiforgery token),
/// and I remove my own devices. Nobody sees or removes another person's devices.
/// </summary>
public sealed class PerangkatModel(PushDevices devices, IOptionsMonitor<PushOptions> options) : AdminPageModel
{
    public IReadOnlyList<PushDevice> Devices { get; private set; } = [];

    public bool Enabled => options.CurrentValue.Enabled;

    public async Task OnGetAsync(CancellationToken ct) => Devices = await devices.ForAsync(UserId, ct);

    /// <summary>Saves this browser's subscription (JSON answer for the script: 200, or 400 with the reasons, or 409 while push is off).</summary>
    public async Task<IActionResult> OnPostLanggananAsync(string? endpoint, string? p256dh, string? auth, CancellationToken ct)
    {
        if (!Enabled)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { pesan = "Notifikasi push belum diaktifkan di server ini." });
        }

        try
        {
            var device = await devices.SubscribeAsync(UserId, endpoint, p256dh, auth, Request.Headers.UserAgent.ToString(), ct);
            return new JsonResult(new { id = device.Id, perangkat = device.Label, pesan = $"Notifikasi aktif di perangkat ini ({device.Label})." });
        }
        catch (InputException ex)
        {
            return BadRequest(new { pesan = "Langganan push tidak valid.", galat = ex.Errors });
        }
    }

    /// <summary>Removes one of my devices, by id (the list) or by endpoint ("Matikan" on this device).</summary>
    public async Task<IActionResult> OnPostHapusAsync(long? id, string? endpoint, string? kembali, CancellationToken ct)
    {
        if (!await devices.RemoveAsync(UserId, id, string.IsNullOrEmpty(endpoint) ? null : endpoint, ct))
        {
            return NotFound();
        }

        TempData["Pesan"] = "Perangkat dihapus: notifikasi tidak lagi dikirim ke sana.";
        return kembali is not null && Url.IsLocalUrl(kembali) ? LocalRedirect(kembali) : RedirectToPage();
    }

    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("Signed-in user has no id.");
}
