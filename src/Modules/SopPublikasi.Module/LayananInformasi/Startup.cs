using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Kalender;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The PPID desk (issue 23): requests for public information and objections, their legal clocks in working days,
/// the register numbers, the private files, the hash-chained history and the events the desk's other features
/// (API, public pages, office pages, reports) and its reactions (notifications, webhooks) build on.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPermissions(LayananPermissions.Provider);
        services.AddValidatedOptions<LayananOptions>(LayananOptions.Section);
        services.AddSingleton<HariLiburCache>();
        services.AddSingleton<IHariLiburSource>(sp => sp.GetRequiredService<HariLiburCache>());
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddScoped<IDataSeeder, HariLiburSeeder>();
        services.AddAdminMenu(new AdminMenuItem("Hari Libur", "/LayananInformasi/Kalender/Pages/HariLibur", 85, LayananPermissions.KelolaHariLiburName));
        services.AddSingleton<LayananFiles>();
        services.AddScoped<LayananUnitOfWork>();
        services.AddScoped<LayananService>();
        services.AddScoped<ILayananInformasi>(sp => sp.GetRequiredService<LayananService>());
        services.AddScoped<LayananOverdue>();
        services.AddScoped<LayananRetention>();
        services.AddSingleton<LayananSignal>();
        services.AddBackgroundService<LayananWatcher>();
        services.AddLayananHandler<NotifyOnLayanan>();
        services.AddLayananHandler<WebhookOnLayanan>();
        services.AddWebhookEvents(WebhookOnLayanan.Events);
    }
}
