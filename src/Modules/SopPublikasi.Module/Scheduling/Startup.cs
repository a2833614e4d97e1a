using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Scheduling;

/// <summary>
/// Scheduled publication: the background publisher that takes SOP step 8 for items approved with a time
/// (state Terjadwal) once that minute has come, woken when an item is scheduled.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<SchedulingOptions>(SchedulingOptions.Section);
        services.AddSingleton<ScheduledPublicationSignal>();
        services.AddMateriHandler<WakePublisherOnSchedule>();
        services.AddBackgroundService<ScheduledPublisher>();
    }
}
