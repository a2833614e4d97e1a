using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.LayananInformasi.Laporan.Pages;

/// <summary>The annual report on one A4 sheet, with the office's letterhead (print CSS like the Lembar Disposisi).</summary>
[RequirePermission(LayananPermissions.LihatLaporanName)]
public sealed class CetakModel(LaporanLayanan laporan, SiteSettings site, TimeProvider clock) : AdminPageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Tahun { get; set; }

    public LaporanTahunan Report { get; private set; } = null!;

    public SiteOptions Site { get; private set; } = null!;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thisYear = IndonesianTime.Today(clock).Year;
        var year = Tahun is { } t && t >= LaporanLayanan.FirstYear && t <= thisYear ? t : thisYear;
        Report = await laporan.ForYearAsync(year, ct);
        Site = await site.GetAsync(ct);
    }
}
