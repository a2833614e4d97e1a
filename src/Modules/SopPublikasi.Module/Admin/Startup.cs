using Microsoft.AspNetCore.Builder;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.Admin;

/// <summary>
/// The admin's pages that bring several features together: the Dasbor (tasks, in flight, recently published) and
/// an item's page (its Lembar Disposisi, moves, history, and the cross-post previews and status), with its print.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAdminMenu(new AdminMenuItem("Dasbor", "/Admin/Pages/Dasbor", 0));
        builder.Services.AddAdminMenu(new AdminMenuItem("Semua Materi", "/Admin/Pages/DaftarMateri", 5));
    }
}
