using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Media;

/// <summary>Uploads: stored outside the web root under random names, type read from the bytes, photos resized.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<MediaOptions>(MediaOptions.Section);
        services.AddSingleton<ImageWork>();
        services.AddSingleton<MediaStore>();
        services.AddSingleton<MediaCatalog>();
        services.AddScoped<MediaFiles>();

        // Let a form with several files over the per-file limit arrive whole, so that the limit is reported beside
        // the field rather than as a bare 400.
        services.AddOptions<FormOptions>().Configure<IOptions<MediaOptions>>((form, media) =>
            form.MultipartBodyLengthLimit = RequestLimit(media.Value));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MediaOptions>>((kestrel, media) =>
            kestrel.Limits.MaxRequestBodySize = RequestLimit(media.Value));
    }

    private static long RequestLimit(MediaOptions media) => (media.MaxUploadBytes * 4) + (1024 * 1024);
}
