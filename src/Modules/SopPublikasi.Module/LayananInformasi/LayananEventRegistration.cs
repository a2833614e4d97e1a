using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.Module.LayananInformasi;

public static class LayananEventRegistration
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for every <see cref="ILayananEventHandler{TEvent}"/> it
    /// implements: one line in a feature's Startup adds a reaction to the desk's moves.
    /// </summary>
    public static IServiceCollection AddLayananHandler<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.AddScoped<THandler>();
        var contracts = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILayananEventHandler<>));
        foreach (var contract in contracts)
        {
            services.AddScoped(contract, sp => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
