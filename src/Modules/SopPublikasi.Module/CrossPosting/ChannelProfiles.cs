using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// The office's social accounts for the public footer: each channel declared in configuration with a
/// <see cref="ChannelOptions.ProfilUrl"/>, while it is enabled (in configuration and not switched off by an
/// administrator), and each channel an administrator added with a profile address while it is enabled, labelled
/// with its network's name.
/// </summary>
public sealed class ChannelProfiles(SopDbContext db, IOptionsMonitor<CrossPostingOptions> options, Networks.SocialNetworks networks) : IPublicProfileSource
{
    public async Task<IReadOnlyList<PublicProfile>> ProfilesAsync(CancellationToken ct)
    {
        var channels = options.CurrentValue.Channels;
        var declared = channels
            .Where(c => c.Value.Enabled && IsProfileUrl(c.Value.ProfilUrl))
            .Select(c => (Name: c.Key, c.Value.Type, Url: c.Value.ProfilUrl!))
            .ToList();
        List<string> disabled;
        List<(string Name, string Type, string Url)> added;
        try
        {
            // The table holds a handful of rows: one read, sorted out here.
            var rows = await db.SocialChannels.AsNoTracking()
                .Select(r => new { r.Name, r.Type, r.Enabled, r.AddedByAdmin, r.ProfilUrl })
                .ToListAsync(ct);
            disabled = [.. rows.Where(r => !r.Enabled).Select(r => r.Name)];
            added = [.. rows
                .Where(r => r.AddedByAdmin && r.Enabled && !channels.ContainsKey(r.Name) && IsProfileUrl(r.ProfilUrl))
                .Select(r => (r.Name, r.Type, r.ProfilUrl!))];
        }
        catch (Exception ex) when (Common.DatabaseFailures.IsUnavailable(ex))
        {
            // The error page saying the database is away is drawn in the same layout: no footer links then.
            return [];
        }

        return [.. declared
            .Where(c => !disabled.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
            .Concat(added)
            .Select(c => new PublicProfile(networks.Find(c.Type)?.Label ?? c.Type, c.Url))
            .DistinctBy(p => p.Url)
            .OrderBy(p => p.Label, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>An absolute https address (a profile link never goes to http or a script).</summary>
    public static bool IsProfileUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}
