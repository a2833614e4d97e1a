using System.Collections.Concurrent;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Keeps every notification the app sends, by recipient (a user id or "role:Name").</summary>
public sealed class RecordingNotifier : INotifier
{
    public ConcurrentQueue<(string To, Notification Notification)> Sent { get; } = new();

    public Task NotifyUserAsync(string userId, Notification notification, CancellationToken cancellationToken)
    {
        Sent.Enqueue((userId, notification));
        return Task.CompletedTask;
    }

    public Task NotifyRoleAsync(string role, Notification notification, CancellationToken cancellationToken)
    {
        Sent.Enqueue(("role:" + role, notification));
        return Task.CompletedTask;
    }
}
