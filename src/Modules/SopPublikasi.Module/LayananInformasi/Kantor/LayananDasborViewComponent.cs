using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>The dashboard's "Permohonan informasi" section, for those who see the register; nothing for others.</summary>
public sealed class LayananDasborViewComponent(LayananDasbor dasbor, ActorResolver actors) : ViewComponent
{
    public const string Name = "LayananDasbor";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = await actors.FromPrincipalAsync(UserClaimsPrincipal);
        if (actor is null || !actor.May(LayananPermissions.LihatRegisterName))
        {
            return Content(string.Empty);
        }

        return View("/LayananInformasi/Kantor/Pages/_LayananDasbor.cshtml", await dasbor.BuildAsync(HttpContext.RequestAborted));
    }
}
