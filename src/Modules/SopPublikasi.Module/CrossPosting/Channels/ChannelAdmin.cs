using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>The "Saluran Media Sosial" page's changes: a channel added or updated by an administrator, enabled, paused or resumed.</summary>
/// <remarks>
/// A change the public footer shows (a channel added, switched on or off, its profile address) is announced to the
/// <see cref="Site.IPublicProfilesChangedHandler"/>s after the save.
/// </remarks>
public sealed class ChannelAdmin(
    SopDbContext db, ChannelDirectory directory, OutboxSignal signal, TimeProvider clock, IEnumerable<Site.IPublicProfilesChangedHandler> profileHandlers)
{
    /// <summary>The stored row of a channel with this exact name, or null (a declared channel may have none yet).</summary>
    public Task<SocialChannelRecord?> StoredAsync(string name, CancellationToken ct) =>
        db.SocialChannels.FirstOrDefaultAsync(c => c.Name == name, ct);

    /// <summary>Adds (when <paramref name="existing"/> is null) or updates an administrator's channel.</summary>
    public async Task SaveAsync(SocialChannelRecord? existing, string name, string type, string? baseUrl, string? profilUrl, bool enabled, string protectedCredentials, CancellationToken ct)
    {
        var record = existing ?? db.SocialChannels.Add(new SocialChannelRecord { Name = name, AddedByAdmin = true }).Entity;
        record.Type = type;
        record.BaseUrl = baseUrl;
        record.ProfilUrl = profilUrl;
        record.Enabled = enabled;
        record.ProtectedCredentials = protectedCredentials;
        await db.SaveChangesAsync(ct);
        await ProfilesChangedAsync(ct);
    }

    /// <summary>Changes a channel's stored state (created for a declared channel on first need) and saves it.</summary>
    public async Task ChangeAsync(ResolvedChannel channel, Action<SocialChannelRecord> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var state = await directory.StateAsync(channel, ct);
        var enabled = state.Enabled;
        change(state);
        await db.SaveChangesAsync(ct);
        if (state.Enabled != enabled)
        {
            await ProfilesChangedAsync(ct);
        }
    }

    private async Task ProfilesChangedAsync(CancellationToken ct)
    {
        foreach (var handler in profileHandlers)
        {
            await handler.ChangedAsync(ct);
        }
    }

    /// <summary>The channel's waiting posts become due now, and the dispatcher is woken.</summary>
    public async Task SendWaitingNowAsync(string name, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Outbox.Where(o => o.Channel == name && o.Status == OutboxStatus.Waiting).ExecuteUpdateAsync(s => s.SetProperty(o => o.NextAttemptAt, now), ct);
        await db.OutboxRemovals.Where(r => r.Channel == name && r.Status == Removal.RemovalStatus.Waiting).ExecuteUpdateAsync(s => s.SetProperty(r => r.NextAttemptAt, now), ct);
        signal.Notify();
    }
}
