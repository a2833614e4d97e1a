using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Site;

/// <summary>
/// The site's name, kop surat and contact as shown: configuration (<see cref="SiteOptions"/>) with the
/// administrator's overrides from the database on top. Read by the public pages, Kontak and the Lembar Disposisi.
/// </summary>
public sealed class SiteSettings(IOptions<SiteOptions> options, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The options an administrator may override, with their Indonesian labels and length limits.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, int MaxLength, bool Required)> Editable =
    [
        (nameof(SiteOptions.Name), "Nama situs / kantor", 120, true),
        (nameof(SiteOptions.Tagline), "Keterangan di bawah nama", 200, false),
        (nameof(SiteOptions.KopInstansi), "Kop surat baris 1 (instansi induk)", 200, true),
        (nameof(SiteOptions.KopNama), "Kop surat baris 2 (nama kantor; kosong = nama situs)", 200, false),
        (nameof(SiteOptions.Alamat), "Alamat kantor", 300, true),
        (nameof(SiteOptions.Telepon), "Telepon", 50, false),
        (nameof(SiteOptions.Email), "Surel", 100, false),
        (nameof(SiteOptions.JamLayanan), "Jam layanan", 300, false),
        (nameof(SiteOptions.PetaUrl), "Tautan peta lokasi kantor", 500, false),
    ];

    /// <summary>How long another instance may show the previous values (this one sees a change at once).</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;

    public async Task<SiteOptions> GetAsync(CancellationToken ct = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.At < Refresh)
        {
            return snapshot.Options;
        }

        Dictionary<string, string> overrides;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            overrides = await db.SiteSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            // The database is away: every page (the error page saying so among them) still needs the site's name.
            // The last values read stand in, or the configured ones; the next request reads again.
            return snapshot?.Options ?? options.Value;
        }

        var merged = Merge(options.Value, overrides);
        _snapshot = new Snapshot(merged, clock.GetUtcNow());
        return merged;
    }

    /// <summary>
    /// Stores an administrator's values (keys of <see cref="Editable"/>, already checked) over the configured ones; this
    /// instance sees them at once, and the features' <see cref="ISiteSettingsSavedHandler"/>s run after the save.
    /// </summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, string> values, string editedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
            var rows = await db.SiteSettings.ToDictionaryAsync(s => s.Key, ct);
            foreach (var (key, value) in values)
            {
                if (!rows.TryGetValue(key, out var row))
                {
                    row = new SiteSetting { Key = key };
                    db.SiteSettings.Add(row);
                }

                row.Value = value;
                row.UpdatedAt = clock.GetUtcNow();
                row.UpdatedBy = editedBy;
            }

            await db.SaveChangesAsync(ct);
            Invalidate();
            foreach (var handler in scope.ServiceProvider.GetServices<ISiteSettingsSavedHandler>())
            {
                await handler.SavedAsync(ct);
            }
        }
    }

    /// <summary>Forget the cached values (after an administrator saved new ones).</summary>
    public void Invalidate() => _snapshot = null;

    public static SiteOptions Merge(SiteOptions configured, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(overrides);
        string Get(string key, string fallback) => overrides.TryGetValue(key, out var value) ? value : fallback;
        return new SiteOptions
        {
            Name = Get(nameof(SiteOptions.Name), configured.Name),
            Tagline = Get(nameof(SiteOptions.Tagline), configured.Tagline),
            KopInstansi = Get(nameof(SiteOptions.KopInstansi), configured.KopInstansi),
            KopNama = overrides.TryGetValue(nameof(SiteOptions.KopNama), out var kop) ? NullIfEmpty(kop) : configured.KopNama,
            PublicBaseUrl = configured.PublicBaseUrl,
            Alamat = Get(nameof(SiteOptions.Alamat), configured.Alamat),
            Telepon = Get(nameof(SiteOptions.Telepon), configured.Telepon),
            Email = Get(nameof(SiteOptions.Email), configured.Email),
            JamLayanan = Get(nameof(SiteOptions.JamLayanan), configured.JamLayanan),
            PetaUrl = overrides.TryGetValue(nameof(SiteOptions.PetaUrl), out var peta) ? NullIfEmpty(peta) : configured.PetaUrl,
            OutputCache = configured.OutputCache,
            LogoId = overrides.TryGetValue(nameof(SiteOptions.LogoId), out var logo)
                ? (Guid.TryParse(logo, out var logoId) ? logoId : null)
                : configured.LogoId,
        };
    }

    /// <summary>The value of an editable option by its key.</summary>
    public static string? ValueOf(SiteOptions site, string key)
    {
        ArgumentNullException.ThrowIfNull(site);
        return key switch
        {
            nameof(SiteOptions.Name) => site.Name,
            nameof(SiteOptions.Tagline) => site.Tagline,
            nameof(SiteOptions.KopInstansi) => site.KopInstansi,
            nameof(SiteOptions.KopNama) => site.KopNama,
            nameof(SiteOptions.Alamat) => site.Alamat,
            nameof(SiteOptions.Telepon) => site.Telepon,
            nameof(SiteOptions.Email) => site.Email,
            nameof(SiteOptions.JamLayanan) => site.JamLayanan,
            nameof(SiteOptions.PetaUrl) => site.PetaUrl,
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not an editable site option."),
        };
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private sealed record Snapshot(SiteOptions Options, DateTimeOffset At);
}
