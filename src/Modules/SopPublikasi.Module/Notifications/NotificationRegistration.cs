using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Notifications;

public static class NotificationRegistration
{
    /// <summary>The notification centre: per-user rows (the bell), the e-mail sender and the overdue check.</summary>
    public static void AddSopNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NotificationCentre>();
        services.AddScoped<INotifier>(sp => sp.GetRequiredService<NotificationCentre>());
        services.AddScoped<WorkflowNotifications>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotifyOnMove>();
        services.AddScoped<IMateriEventHandler<MateriMoved>>(sp => sp.GetRequiredService<NotifyOnMove>());
        services.AddScoped<IMateriEventHandler<DisposisiCreated>>(sp => sp.GetRequiredService<NotifyOnMove>());
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<OverdueSignal>();
        services.AddSingleton<EmailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailSender>());
        services.AddSingleton<OverdueWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueWatcher>());
    }
}
