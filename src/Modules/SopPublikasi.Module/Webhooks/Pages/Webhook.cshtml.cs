using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security.Outbound;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.Webhooks.Pages;

/// <summary>Administrators register webhook URLs and read their delivery log.</summary>
[RequirePermission(WebhookPermissions.KelolaWebhookName)]
public sealed class WebhookModel(WebhookSubscriptions webhooks, WebhookEventCatalog events, IOptions<OutboundOptions> outbound, TimeProvider clock) : AdminPageModel
{
    /// <summary>The events to choose from: the core's and those the features add.</summary>
    public IReadOnlyList<(string Name, string Label)> Events => events.All;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "URL wajib diisi.")]
        [StringLength(500, ErrorMessage = "URL paling panjang 500 karakter.")]
        public string? Url { get; set; }

        [StringLength(200, ErrorMessage = "Keterangan paling panjang 200 karakter.")]
        public string? Keterangan { get; set; }

        public List<string> Peristiwa { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];

    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBuatAsync(CancellationToken ct)
    {
        if (!Uri.TryCreate(Input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            ModelState.AddModelError("Input.Url", "URL harus alamat lengkap http:// atau https://.");
        }
        else if (NetworkAddresses.RefusalOf(url, outbound.Value.AllowPrivateNetworkTargets) is { } refusal)
        {
            ModelState.AddModelError("Input.Url", refusal);
        }

        var unknown = Input.Peristiwa.Except(events.All.Select(e => e.Name)).ToList();
        if (Input.Peristiwa.Count == 0 || unknown.Count > 0)
        {
            ModelState.AddModelError("Input.Peristiwa", "Pilih sedikitnya satu peristiwa yang dikenal.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var secret = await webhooks.CreateAsync(url!, Input.Keterangan?.Trim(), Input.Peristiwa, ct);
        TempData["RahasiaBaru"] = secret;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAktifAsync(Guid id, bool aktif, CancellationToken ct)
    {
        if (!await webhooks.SetActiveAsync(id, aktif, ct))
        {
            return NotFound();
        }

        TempData["Pesan"] = aktif ? "Webhook diaktifkan." : "Webhook dinonaktifkan.";
        return RedirectToPage();
    }

    /// <summary>Rotates the subscription's secret: the new one is shown once, with the end of the overlap (WIB).</summary>
    public async Task<IActionResult> OnPostRotasiAsync(Guid id, CancellationToken ct)
    {
        if (await webhooks.RotateAsync(id, ct) is not { } rotated)
        {
            return NotFound();
        }

        TempData["RahasiaBaru"] = rotated.Secret;
        TempData["RahasiaLamaSampai"] = rotated.OldSecretUntil is { } until ? IndonesianTime.DateTime(until) : string.Empty;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Subscriptions = await webhooks.AllAsync(ct);
        Deliveries = await webhooks.RecentDeliveriesAsync(50, ct);
    }
}
