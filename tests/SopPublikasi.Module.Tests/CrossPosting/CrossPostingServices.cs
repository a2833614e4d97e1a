using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>CrossPosting's services as its Startup registers them, with settings and extra registrations of a test's own.</summary>
internal static class CrossPostingServices
{
    public static ServiceProvider Build(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? extra = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        new Module.CrossPosting.Startup().ConfigureServices(builder);
        extra?.Invoke(builder.Services);
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static ResolvedChannel Channel(string type, string name = "kanal", IReadOnlyDictionary<string, string>? credentials = null) =>
        new(name, type, null, true, false, false, null, null, null, credentials ?? new Dictionary<string, string>());
}
