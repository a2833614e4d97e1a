using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>/ppid's small section of this year's figures (cached with the page; evicted on the desk's moves).</summary>
public sealed class StatistikLayananViewComponent(LaporanLayanan laporan, TimeProvider clock) : ViewComponent
{
    public const string Name = "StatistikLayanan";

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/LayananInformasi/Laporan/Pages/_Statistik.cshtml", await laporan.StatistikAsync(IndonesianTime.Today(clock).Year, HttpContext.RequestAborted));
}
