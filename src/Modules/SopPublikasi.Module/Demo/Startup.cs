using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Demo;

/// <summary>Demo accounts and articles for a newcomer (Development only, with Demo:Enabled).</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<DemoOptions>(DemoOptions.Section);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoLayanan>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<DemoSeeder>());
    }
}
