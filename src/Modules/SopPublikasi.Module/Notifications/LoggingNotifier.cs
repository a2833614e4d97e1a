using Microsoft.Extensions.Logging;

namespace SopPublikasi.Module.Notifications;

/// <summary>Interim notifier: writes notifications to the log until the notification centre (bell + e-mail) lands.</summary>
internal sealed partial class LoggingNotifier(ILogger<LoggingNotifier> logger) : INotifier
{
    public Task NotifyUserAsync(string userId, Notification notification, CancellationToken cancellationToken)
    {
        LogNotification(logger, "user " + userId, notification.Kind, notification.Title);
        return Task.CompletedTask;
    }

    public Task NotifyRoleAsync(string role, Notification notification, CancellationToken cancellationToken)
    {
        LogNotification(logger, "role " + role, notification.Kind, notification.Title);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification for {Recipient}: {Kind} {Title}")]
    private static partial void LogNotification(ILogger logger, string recipient, string kind, string title);
}
