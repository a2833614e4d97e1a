using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>
/// Seeing a draft as the public will: the preview of any version in the public article template for everyone who
/// may see the item (<c>/admin/materi/{id}/pratinjau</c>), and preview links for someone without an account
/// (<c>/pratinjau/{token}</c>: signed by a stored random token, expiring, revocable, one version only, never indexed).
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<PratinjauOptions>(PratinjauOptions.Section);
        builder.Services.AddScoped<PreviewLinks>();
        builder.Services.AddScoped<PreviewRenderer>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapPreviewMedia();
}
