using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.Module.Materi.Events;

public static class MateriEventRegistration
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for every <see cref="IMateriEventHandler{TEvent}"/> it
    /// implements: one line in a feature's Startup adds a reaction to publication.
    /// </summary>
    public static IServiceCollection AddMateriHandler<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.AddScoped<THandler>();
        var handlerInterfaces = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMateriEventHandler<>));
        foreach (var contract in handlerInterfaces)
        {
            services.AddScoped(contract, sp => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
