using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>The DIP page: the same data as GET /api/v1/informasi-publik.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class PpidModel(DaftarInformasiPublik dip) : PageModel
{
    public InformasiPublikEndpoints.DipView Dip { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Dip = await dip.BuildAsync(ct);
}
