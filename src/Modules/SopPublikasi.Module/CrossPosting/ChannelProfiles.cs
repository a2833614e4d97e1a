using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// The office's social accounts for the public footer: each channel declared in configuration with a
/// <see cref="ChannelOptions.ProfilUrl"/>, while it is enabled (in configuration and not switched off by an
/// administrator), labelled with its network's name.
/// </summary>
public sealed class ChannelProfiles(SopDbContext db, IOptionsMonitor<CrossPostingOptions> options, Networks.SocialNetworks networks) : IPublicProfileSource
{
    public async Task<IReadOnlyList<PublicProfile>> ProfilesAsync(CancellationToken ct)
    {
        var declared = options.CurrentValue.Channels
            .Where(c => c.Value.Enabled && IsProfileUrl(c.Value.ProfilUrl))
            .ToList();
        if (declared.Count == 0)
        {
            return [];
        }

        var names = declared.Select(c => c.Key).ToList();
        List<string> disabled;
        try
        {
            disabled = await db.SocialChannels.AsNoTracking()
                .Where(r => !r.Enabled && names.Contains(r.Name))
                .Select(r => r.Name)
                .ToListAsync(ct);
        }
        catch (Exception ex) when (Common.DatabaseFailures.IsUnavailable(ex))
        {
            // The error page saying the database is away is drawn in the same layout: no footer links then.
            return [];
        }
        return [.. declared
            .Where(c => !disabled.Contains(c.Key, StringComparer.OrdinalIgnoreCase))
            .Select(c => new PublicProfile(networks.Find(c.Value.Type)?.Label ?? c.Value.Type, c.Value.ProfilUrl!))
            .DistinctBy(p => p.Url)
            .OrderBy(p => p.Label, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>An absolute https address (a profile link never goes to http or a script).</summary>
    public static bool IsProfileUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}
