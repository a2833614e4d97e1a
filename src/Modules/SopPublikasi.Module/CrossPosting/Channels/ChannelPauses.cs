using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>
/// Holds a channel whose network refused its credentials (or, for X, has no credits left), for a post and for a
/// removal alike: the channel is paused with the reason and the administrators are told, once. "Lanjutkan saluran"
/// (<see cref="ChannelAdmin.SendWaitingNowAsync"/>) lets its waiting posts and removals go again.
/// </summary>
public sealed class ChannelPauses(ChannelDirectory directory, INotifier notifier)
{
    /// <summary>Pauses the channel with <paramref name="reason"/> and tells the administrators <paramref name="body"/>; a paused channel is not paused again. The change is saved with the caller's unit of work.</summary>
    public async Task PauseAsync(ResolvedChannel channel, string reason, DateTimeOffset now, string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var state = await directory.StateAsync(channel, ct);
        if (state.Paused)
        {
            return;
        }

        state.Paused = true;
        state.PausedReason = reason;
        state.PausedAt = now;
        await notifier.NotifyRoleAsync(
            SopRoles.Administrator,
            new Notification(
                "saluran-dijeda",
                $"Saluran {channel.Name} ({channel.Type}) dijeda",
                body,
                "/admin/media-sosial/saluran"),
            ct);
    }
}
