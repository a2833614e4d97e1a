using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.LayananInformasi.Laporan.Pages;

/// <summary>The public annual report (<c>/ppid/laporan/{tahun}</c>): the figures only, no names; cached like /ppid.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class LaporanPublikModel(LaporanLayanan laporan, TimeProvider clock) : PageModel
{
    public LaporanTahunan Report { get; private set; } = null!;

    public int ThisYear => IndonesianTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(int tahun, CancellationToken ct)
    {
        if (tahun < LaporanLayanan.FirstYear || tahun > ThisYear)
        {
            return NotFound();
        }

        Report = await laporan.ForYearAsync(tahun, ct);
        return Page();
    }
}
