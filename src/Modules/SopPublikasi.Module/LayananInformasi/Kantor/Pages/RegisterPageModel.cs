using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>What the two registers share: the filters from the address, the year choices and links that keep the filters.</summary>
public abstract class RegisterPageModel(RegisterQueries queries, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Tahun { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool Terlambat { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int Halaman { get; set; } = 1;

    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Whether the search box also finds names (<see cref="LayananPermissions.LihatDataPemohon"/>).</summary>
    public bool SearchesNames => Actor.May(LayananPermissions.LihatDataPemohonName);

    public bool MayRecord => Actor.May(LayananPermissions.CatatPermohonanName);

    public bool MayReport => Actor.May(LayananPermissions.LihatLaporanName);

    protected RegisterFilter Filter => new(Status, Tahun, Terlambat, Q, Halaman);

    protected RegisterQueries Queries => queries;

    protected async Task LoadCommonAsync(CancellationToken ct)
    {
        Actor = await CurrentActorAsync();
        Years = await queries.YearsAsync(IndonesianTime.Today(clock).Year, ct);
    }

    /// <summary>This page's address with the current filters and <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public string LinkWith(string key, string value)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (k, v) in Request.Query)
        {
            values[k] = v.ToString();
        }

        values[key] = value;
        return QueryHelpers.AddQueryString(Request.Path, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
