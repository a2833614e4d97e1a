using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SopPublikasi.Module.LayananInformasi.Publik.Pages;

/// <summary>After the request form: the number, the code (shown this once), the deadline, the private link.</summary>
public sealed class TerkirimModel : PageModel
{
    public PermohonanTerkirim? Terkirim { get; private set; }

    public void OnGet()
    {
        PpidHeaders.Private(HttpContext);
        Terkirim = PermohonanTerkirim.FromJson(TempData[PermohonanTerkirim.TempDataKey] as string);
    }
}
