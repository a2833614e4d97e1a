using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.X;
using SopPublikasi.Module.Security.Outbound;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.CrossPosting.Pages;

/// <summary>
/// "Saluran Media Sosial", administrators only: the channels from configuration and those added here (credentials
/// encrypted with Data Protection, shown back only as their last characters), enable/disable, resume a paused
/// channel, and a connection test that checks the credentials without posting.
/// </summary>
[RequirePermission(CrossPostingPermissions.KelolaSaluranName)]
public sealed partial class SaluranModel(
    ChannelAdmin admin, ChannelDirectory directory, ChannelSecrets secrets, IEnumerable<ISocialChannel> clients, TimeProvider clock, SocialNetworks networks,
    IOptions<OutboundOptions> outbound, XMonthlyUsageQuery xUsage) : AdminPageModel
{
    public sealed class InputModel
    {
        public string? Nama { get; set; }

        public string? Jenis { get; set; }

        public string? BaseUrl { get; set; }

        /// <summary>The office's profile on the network, linked from the public footer (https only).</summary>
        public string? ProfilUrl { get; set; }

        public bool Aktif { get; set; } = true;

        public Dictionary<string, string?> Kredensial { get; set; } = [];
    }

    /// <summary>The networks an administrator may add a channel of (their descriptors say so), for the "Jenis" list.</summary>
    public IReadOnlyList<SocialNetwork> Networks => networks.Offered;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ResolvedChannel> Channels { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Each X channel's posts this month (WIB) and their cost at CrossPosting:Pricing:X, by channel name.</summary>
    public IReadOnlyDictionary<string, XMonthlyUsage> XUsage { get; private set; } = new Dictionary<string, XMonthlyUsage>();

    /// <summary>One field per credential key, labelled with what each network calls it; a secret if any network keeps it secret.</summary>
    public IReadOnlyList<(string Key, string Label, bool Secret)> CredentialFields =>
    [
        .. Networks.SelectMany(n => n.CredentialFields.Select(f => (Network: n, Field: f)))
            .GroupBy(x => x.Field.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join("; ", g.Select(x => $"{x.Network.Label}: {x.Field.Label}")), g.Any(x => x.Field.Secret))),
    ];

    public static string Masked(string value) => ChannelSecrets.Mask(value);

    /// <summary>What the channel's network says an administrator should know now (e.g. its API version ends soon).</summary>
    public IReadOnlyList<string> NoticesOf(ResolvedChannel channel) =>
        networks.Find(channel.Type)?.Notices(HttpContext.RequestServices, channel, Now) ?? [];

    /// <summary>A hand-off channel (WhatsApp) has no connection to test.</summary>
    public bool SentByHand(ResolvedChannel channel) => networks.Find(channel?.Type)?.SentByHand == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Channels = await directory.AllAsync(ct);
        XUsage = await xUsage.ForAsync(Channels, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        var name = Input.Nama?.Trim().ToLowerInvariant() ?? string.Empty;
        var network = Networks.FirstOrDefault(n => string.Equals(n.Type, Input.Jenis, StringComparison.OrdinalIgnoreCase));
        var type = network?.Type;
        var existing = await admin.StoredAsync(name, ct);
        var declared = (await directory.AllAsync(ct)).Any(c => !c.AddedByAdmin && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (!NamePattern().IsMatch(name))
        {
            ModelState.AddModelError("Input.Nama", "Nama 1-100 karakter: huruf kecil, angka, dan tanda hubung.");
        }
        else if (declared)
        {
            ModelState.AddModelError("Input.Nama", "Saluran ini diatur di konfigurasi server; pilih nama lain.");
        }

        if (type is null)
        {
            ModelState.AddModelError("Input.Jenis", "Pilih jenis saluran.");
        }

        if (!string.IsNullOrWhiteSpace(Input.BaseUrl))
        {
            if (!(Uri.TryCreate(Input.BaseUrl.Trim(), UriKind.Absolute, out var root) && root.Scheme is "https" or "http"))
            {
                ModelState.AddModelError("Input.BaseUrl", "Alamat API harus alamat lengkap https://.");
            }
            else if (NetworkAddresses.RefusalOf(root, outbound.Value.AllowPrivateNetworkTargets) is { } refusal)
            {
                ModelState.AddModelError("Input.BaseUrl", refusal);
            }
        }

        var profilUrl = string.IsNullOrWhiteSpace(Input.ProfilUrl) ? null : Input.ProfilUrl.Trim();
        if (profilUrl is not null && (profilUrl.Length > 500 || !ChannelProfiles.IsProfileUrl(profilUrl)))
        {
            ModelState.AddModelError("Input.ProfilUrl", "Alamat profil harus alamat lengkap https:// (paling panjang 500 karakter), mis. https://www.instagram.com/kecamatan.");
        }

        var credentials = existing is null ? new Dictionary<string, string>(StringComparer.Ordinal) : secrets.Unprotect(existing.ProtectedCredentials);
        var keys = network?.CredentialFields.Select(f => f.Key).ToList() ?? [];
        foreach (var key in keys)
        {
            if (Input.Kredensial.GetValueOrDefault(key) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                credentials[key] = value.Trim();
            }
        }

        if (network?.Missing(credentials, Input.BaseUrl) is { } missing)
        {
            ModelState.AddModelError("Input.Kredensial", missing);
        }

        if (!ModelState.IsValid)
        {
            Channels = await directory.AllAsync(ct);
            XUsage = await xUsage.ForAsync(Channels, ct);
            return Page();
        }

        await admin.SaveAsync(
            existing,
            name,
            type!,
            string.IsNullOrWhiteSpace(Input.BaseUrl) ? null : Input.BaseUrl.Trim(),
            profilUrl,
            Input.Aktif,
            secrets.Protect(credentials.Where(c => keys.Contains(c.Key)).ToDictionary()),
            ct);
        TempData["Pesan"] = existing is null ? $"Saluran {name} ditambahkan." : $"Saluran {name} diperbarui.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAktifAsync(string nama, bool aktif, CancellationToken ct) =>
        await ChangeAsync(nama, state => state.Enabled = aktif, aktif ? "Saluran diaktifkan." : "Saluran dinonaktifkan: artikel berikutnya tidak dikirim ke saluran ini.", ct);

    public async Task<IActionResult> OnPostLanjutkanAsync(string nama, CancellationToken ct)
    {
        var result = await ChangeAsync(nama, state => (state.Paused, state.PausedReason, state.PausedAt) = (false, null, null), "Saluran dilanjutkan; kiriman yang menunggu dikirim sekarang.", ct);
        await admin.SendWaitingNowAsync(nama, ct);
        return result;
    }

    public async Task<IActionResult> OnPostTesAsync(string nama, CancellationToken ct)
    {
        var channel = await directory.FindAsync(nama, ct);
        if (channel is not null && networks.Find(channel.Type)?.SentByHand == true)
        {
            TempData["Pesan"] = $"{channel.Name} dikirim manual oleh petugas: tidak ada koneksi yang dites.";
            return RedirectToPage();
        }

        var client = channel is null ? null : clients.FirstOrDefault(c => string.Equals(c.Type, channel.Type, StringComparison.OrdinalIgnoreCase));
        if (channel is null || client is null)
        {
            return NotFound();
        }

        try
        {
            TempData["Pesan"] = $"Tes koneksi {channel.Name} berhasil: {await client.CheckAsync(channel, ct)}.";
        }
        catch (DeliveryFailureException failure)
        {
            TempData["Galat"] = $"Tes koneksi {channel.Name} gagal: {failure.Message}";
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> ChangeAsync(string nama, Action<SocialChannelRecord> change, string done, CancellationToken ct)
    {
        var channel = await directory.FindAsync(nama, ct);
        if (channel is null)
        {
            return NotFound();
        }

        await admin.ChangeAsync(channel, change, ct);
        TempData["Pesan"] = done;
        return RedirectToPage();
    }


    [GeneratedRegex("^[a-z0-9-]{1,100}$")]
    private static partial Regex NamePattern();
}
