using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// The resident's side of the PPID desk: the request form, the tracking page (with the answer's attachments), the
/// objection form, their abuse guard, and the requester's e-mail updates (an outbox of its own, since the requester is
/// not a user, sent through the notifications' SMTP settings).
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<PpidPublikOptions>(PpidPublikOptions.Section);
        services.AddRateLimiter(PpidRateLimits.Add);
        services.AddScoped<KeberatanJendela>();
        services.AddScoped<SuratPemohonOutbox>();
        services.AddSingleton<SuratPemohonSignal>();
        services.AddLayananHandler<SuratPemohonOnEvents>();
        services.AddBackgroundService<SuratPemohonSender>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapLampiranPemohon();
}
