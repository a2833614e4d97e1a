using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.Push;

/// <summary>A person's own devices: subscribe this browser, list, remove. Nobody reaches another person's devices here.</summary>
public sealed class PushDevices(SopDbContext db, IOptions<OutboundOptions> outbound, TimeProvider clock)
{
    /// <summary>How many devices one person may keep; a new one beyond that replaces the one unused longest.</summary>
    public const int MaxPerPerson = 10;

    public Task<List<PushDevice>> ForAsync(string userId, CancellationToken ct) =>
        db.PushDevices.AsNoTracking().Where(d => d.UserId == userId).OrderByDescending(d => d.Id).ToListAsync(ct);

    /// <summary>
    /// Saves this browser's subscription for <paramref name="userId"/>. An endpoint already known (the same browser
    /// subscribing again, or a shared device now used by someone else) is taken over: the browser holds it now.
    /// </summary>
    public async Task<PushDevice> SubscribeAsync(string userId, string? endpoint, string? p256dh, string? auth, string? userAgent, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || endpoint!.Length > 1000
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && outbound.Value.AllowPrivateNetworkTargets)))
        {
            errors["endpoint"] = ["Alamat layanan push tidak valid (harus https)."];
        }

        if (VapidKeys.Decode(p256dh) is not { Length: 65 } key || key[0] != 0x04)
        {
            errors["p256dh"] = ["Kunci perangkat (p256dh) tidak valid."];
        }

        if (VapidKeys.Decode(auth) is not { Length: 16 })
        {
            errors["auth"] = ["Rahasia perangkat (auth) tidak valid."];
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var now = clock.GetUtcNow();
        var device = await db.PushDevices.SingleOrDefaultAsync(d => d.Endpoint == endpoint, ct);
        if (device is null)
        {
            device = new PushDevice { Endpoint = endpoint!, CreatedAt = now };
            db.PushDevices.Add(device);
        }

        device.UserId = userId;
        device.P256dh = p256dh!.Trim();
        device.Auth = auth!.Trim();
        device.Label = LabelOf(userAgent);
        var others = await db.PushDevices.Where(d => d.UserId == userId && d.Id != device.Id)
            .OrderByDescending(d => d.LastSuccessAt ?? d.CreatedAt).Skip(MaxPerPerson - 1).ToListAsync(ct);
        db.PushDevices.RemoveRange(others);
        await db.SaveChangesAsync(ct);
        return device;
    }

    /// <summary>Removes one of the person's own devices, by id or by endpoint; false when there is none such.</summary>
    public async Task<bool> RemoveAsync(string userId, long? id, string? endpoint, CancellationToken ct)
    {
        var removed = await db.PushDevices
            .Where(d => d.UserId == userId && ((id != null && d.Id == id) || (endpoint != null && d.Endpoint == endpoint)))
            .ExecuteDeleteAsync(ct);
        return removed > 0;
    }

    /// <summary>"Chrome di Android": enough to tell one's devices apart, nothing more of the user agent is kept.</summary>
    public static string LabelOf(string? userAgent)
    {
        var ua = userAgent ?? string.Empty;
        var browser = ua switch
        {
            _ when ua.Contains("Edg/", StringComparison.Ordinal) => "Edge",
            _ when ua.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
            _ when ua.Contains("SamsungBrowser/", StringComparison.Ordinal) => "Samsung Internet",
            _ when ua.Contains("OPR/", StringComparison.Ordinal) => "Opera",
            _ when ua.Contains("Chrome/", StringComparison.Ordinal) || ua.Contains("Chromium/", StringComparison.Ordinal) => "Chrome",
            _ when ua.Contains("Safari/", StringComparison.Ordinal) => "Safari",
            _ => "Peramban",
        };
        var system = ua switch
        {
            _ when ua.Contains("Android", StringComparison.Ordinal) => "Android",
            _ when ua.Contains("iPhone", StringComparison.Ordinal) || ua.Contains("iPad", StringComparison.Ordinal) => "iOS",
            _ when ua.Contains("Windows", StringComparison.Ordinal) => "Windows",
            _ when ua.Contains("Mac OS", StringComparison.Ordinal) => "macOS",
            _ when ua.Contains("CrOS", StringComparison.Ordinal) => "ChromeOS",
            _ when ua.Contains("Linux", StringComparison.Ordinal) => "Linux",
            _ => "perangkat lain",
        };
        return $"{browser} di {system}";
    }

    internal static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);
}
