using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Berkala;

/// <summary>
/// Informasi berkala stays fresh (Perki 1/2021): which live berkala items are older than <c>Ppid:BerkalaMaxAge</c>
/// (the dashboard's list and the API), and the background check that tells the PPID Pembantu and the Sekretaris once.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<PpidOptions>(PpidOptions.Section);
        services.AddScoped<BerkalaFreshness>();
        services.AddScoped<BerkalaNotices>();
        services.AddSingleton<BerkalaSignal>();
        services.AddBackgroundService<BerkalaWatcher>();
    }
}
