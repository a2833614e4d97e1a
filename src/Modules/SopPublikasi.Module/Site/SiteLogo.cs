using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkiaSharp;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Site;

/// <summary>
/// The office's logo as the site shows it: which one is current (its <see cref="LogoState.Version"/> goes into every
/// picture's address, so that a new logo gets new addresses and the old ones may be cached for a year), and the
/// pictures made from it (<see cref="LogoImages"/>), drawn once per logo and kept in memory.
/// </summary>
public sealed class SiteLogo(SiteSettings settings, IServiceScopeFactory scopes, MediaStore store, ILogger<SiteLogo> logger)
{
    /// <summary>The version of the default emblem (no logo set).</summary>
    public const string DefaultVersion = "bawaan";

    private volatile Rendered? _rendered;

    /// <summary>The current logo: its media id (null: the default emblem) and version.</summary>
    public async Task<LogoState> CurrentAsync(CancellationToken ct = default)
    {
        var site = await settings.GetAsync(ct);
        if (site.LogoId is not { } id)
        {
            return LogoState.Default;
        }

        var rendered = _rendered;
        if (rendered is not null && rendered.State.MediaId == id)
        {
            return rendered.State;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        var file = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (file is null)
        {
            return LogoState.Default;
        }

        var state = new LogoState(id, file.Sha256[..Math.Min(12, file.Sha256.Length)], file.StoredPath);
        _rendered = new Rendered(state);
        return state;
    }

    /// <summary>The picture <paramref name="name"/> (a key of <see cref="LogoImages.Names"/>, or "favicon.ico") of the current logo.</summary>
    public async Task<(LogoState State, byte[] Bytes)> PictureAsync(string name, CancellationToken ct = default)
    {
        var state = await CurrentAsync(ct);
        var rendered = _rendered;
        if (rendered is null || rendered.State != state)
        {
            rendered = new Rendered(state);
            _rendered = rendered;
        }

        if (!rendered.Pictures.TryGetValue(name, out var bytes))
        {
            using var logo = await LoadAsync(state, ct);
            bytes = name == "favicon.ico" ? LogoImages.Ico(logo) : LogoImages.Render(name, logo);
            rendered.Pictures[name] = bytes;
        }

        return (state, bytes);
    }

    private async Task<SKBitmap?> LoadAsync(LogoState state, CancellationToken ct)
    {
        if (state.StoredPath is null)
        {
            return null;
        }

        try
        {
            return LogoImages.Decode(await File.ReadAllBytesAsync(store.FullPath(state.StoredPath), ct));
        }
        catch (IOException ex)
        {
            // The file is gone from the media folder: the default emblem stands in rather than a broken favicon.
            logger.LogWarning(ex, "The logo file {Path} could not be read; the default emblem is shown.", state.StoredPath);
            return null;
        }
    }

    private sealed record Rendered(LogoState State)
    {
        public ConcurrentDictionary<string, byte[]> Pictures { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>Which logo is current and the address of each picture made from it.</summary>
public sealed record LogoState(Guid? MediaId, string Version, string? StoredPath)
{
    public static readonly LogoState Default = new(null, SiteLogo.DefaultVersion, null);

    public bool IsSet => MediaId is not null;

    /// <summary>The versioned address of a picture (see <see cref="LogoImages.Names"/>).</summary>
    public string Url(string name) => $"/ikon/{Version}/{name}";
}
