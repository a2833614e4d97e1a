using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Workflow;

/// <summary>The SOP as data, the state machine built from it, task lists and step times.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAdminMenu(new AdminMenuItem("Waktu SOP", "/Workflow/Pages/Waktu", 70, CorePermissions.KelolaPengaturanName));
        services.AddValidatedOptions<WorkflowOptions>(WorkflowOptions.Section);
        services.AddScoped<WorkflowLoader>();
        services.AddScoped<StepTimes>();
        services.AddScoped<StepDurations>();
        services.AddScoped<IDataSeeder, WorkflowSeeder>();
    }
}
