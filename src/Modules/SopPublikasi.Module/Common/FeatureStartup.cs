using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.Common;

/// <summary>
/// One feature's entry point, in the shape of an Orchard Core module's <c>Startup</c>: it registers the feature's
/// services, options (validated on start), permissions, admin menu entries, event handlers, seeders and background
/// work, and maps its endpoints. The module's entry point only lists the features (<c>SopPublikasiModule.Features</c>).
/// </summary>
public abstract class FeatureStartup
{
    public virtual void ConfigureServices(WebApplicationBuilder builder)
    {
    }

    /// <summary>Maps the feature's endpoints (the request pipeline in front of them is the module's).</summary>
    public virtual void Configure(IEndpointRouteBuilder routes)
    {
    }
}

public static class FeatureServices
{
    /// <summary>Options bound from <paramref name="section"/>, their data annotations checked when the app starts.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>A background service that is also resolvable as itself (tests and readiness read its heartbeat).</summary>
    public static IServiceCollection AddBackgroundService<T>(this IServiceCollection services)
        where T : class, Microsoft.Extensions.Hosting.IHostedService
    {
        services.AddSingleton<T>();
        return services.AddHostedService(sp => sp.GetRequiredService<T>());
    }
}
