using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.LayananInformasi.Laporan.Pages;

/// <summary>
/// The annual report in the admin (<c>/admin/layanan/laporan?tahun=</c>), its XLSX download (<c>?handler=Xlsx</c>)
/// and the printable sheet (<c>/admin/layanan/laporan/cetak</c>).
/// </summary>
[RequirePermission(LayananPermissions.LihatLaporanName)]
public sealed class LaporanModel(LaporanLayanan laporan, SiteSettings site, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Tahun { get; set; }

    public LaporanTahunan Report { get; private set; } = null!;

    public int ThisYear => IndonesianTime.Today(clock).Year;

    public int Year => Tahun is { } t && t >= LaporanLayanan.FirstYear && t <= ThisYear ? t : ThisYear;

    public async Task OnGetAsync(CancellationToken ct) => Report = await laporan.ForYearAsync(Year, ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var report = await laporan.ForYearAsync(Year, ct);
        var register = await laporan.RegisterAsync(Year, ct);
        var options = await site.GetAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return File(LaporanXlsx.Build(report, register, options.KopNama ?? options.Name), LaporanXlsx.ContentType, LaporanXlsx.FileName(Year));
    }
}
