using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>
/// Every channel: those declared in configuration (CrossPosting:Channels) and those an administrator added,
/// merged with their stored run-time state. A declared channel wins over a stored one of the same name; its stored
/// credentials (a refreshed token) win over its configured ones until the configuration changes.
/// </summary>
public sealed class ChannelDirectory(SopDbContext db, IOptionsMonitor<CrossPostingOptions> options, ChannelSecrets secrets, Networks.SocialNetworks networks)
{
    public async Task<IReadOnlyList<ResolvedChannel>> AllAsync(CancellationToken ct)
    {
        var records = await db.SocialChannels.AsNoTracking().ToListAsync(ct);
        var byName = records.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        var result = new List<ResolvedChannel>();
        foreach (var (name, declared) in options.CurrentValue.Channels)
        {
            var state = byName.GetValueOrDefault(name);
            result.Add(new ResolvedChannel(
                name, networks.Normalize(declared.Type), declared.BaseUrl, declared.Enabled && (state?.Enabled ?? true), false,
                state?.Paused ?? false, state?.PausedReason, state?.RateLimitedUntil, state?.RateLimitReason, DeclaredCredentials.Merge(declared.Credentials(), secrets.Unprotect(state?.ProtectedCredentials)),
                state?.QuotaWarning, state?.QuotaWarnedUntil, declared.ProfilUrl));
        }

        foreach (var record in records.Where(r => r.AddedByAdmin && !options.CurrentValue.Channels.ContainsKey(r.Name)))
        {
            result.Add(new ResolvedChannel(
                record.Name, record.Type, record.BaseUrl, record.Enabled, true,
                record.Paused, record.PausedReason, record.RateLimitedUntil, record.RateLimitReason, secrets.Unprotect(record.ProtectedCredentials),
                record.QuotaWarning, record.QuotaWarnedUntil, record.ProfilUrl));
        }

        return [.. result.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<ResolvedChannel?> FindAsync(string name, CancellationToken ct) =>
        (await AllAsync(ct)).FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stored state row of a channel, created for a declared channel on first need.</summary>
    public async Task<SocialChannelRecord> StateAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        // FindAsync sees a record this unit of work already added (the quota guard and the failure handling both ask).
        var record = await db.SocialChannels.FindAsync([channel.Name], ct);
        if (record is null)
        {
            // For a declared channel, Enabled is an administrator's override on top of its configuration.
            record = new SocialChannelRecord { Name = channel.Name, Type = channel.Type, BaseUrl = channel.BaseUrl, Enabled = true };
            db.SocialChannels.Add(record);
        }

        return record;
    }

    /// <summary>
    /// Stores <paramref name="updates"/> (encrypted) as the channel's newest credentials: for a channel an administrator
    /// added, into its record; for a declared channel, over its configured values until the configuration changes
    /// (<see cref="DeclaredCredentials"/>). The caller saves.
    /// </summary>
    public async Task StoreCredentialsAsync(ResolvedChannel channel, IReadOnlyDictionary<string, string> updates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(updates);
        var state = await StateAsync(channel, ct);
        var stored = secrets.Unprotect(state.ProtectedCredentials);
        if (!state.AddedByAdmin && options.CurrentValue.Channels.TryGetValue(channel.Name, out var declared))
        {
            state.ProtectedCredentials = secrets.Protect(DeclaredCredentials.Update(declared.Credentials(), stored, updates));
            return;
        }

        foreach (var (key, value) in updates)
        {
            stored[key] = value;
        }

        state.ProtectedCredentials = secrets.Protect(stored);
    }
}
