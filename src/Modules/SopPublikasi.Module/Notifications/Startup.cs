using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Notifications;

/// <summary>The notification centre: per-user rows (the bell), the e-mail sender and the overdue check.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        services.AddValidatedOptions<NotificationOptions>(NotificationOptions.Section);
        services.AddScoped<NotificationCentre>();
        services.AddScoped<INotifier>(sp => sp.GetRequiredService<NotificationCentre>());
        services.AddScoped<WorkflowNotifications>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<ReadOnAction>();
        services.AddMateriHandler<NotifyOnMove>();
        services.AddMateriHandler<NotifyOnSchedule>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<OverdueSignal>();
        services.AddBackgroundService<EmailSender>();
        services.AddBackgroundService<OverdueWatcher>();
    }
}
