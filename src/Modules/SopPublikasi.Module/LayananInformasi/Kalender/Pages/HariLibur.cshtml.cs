using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kalender.Pages;

/// <summary>
/// National holidays and cuti bersama (set every year by the SKB of three ministers): the days the PPID desk's clocks
/// skip. Add, remove, list by year. A deadline already given keeps its date; new ones count with the change.
/// </summary>
[RequirePermission(LayananPermissions.KelolaHariLiburName)]
public sealed class HariLiburModel(SopDbContext db, HariLiburCache cache, TimeProvider clock) : AdminPageModel
{
    public const int MaxKeterangan = 200;

    public sealed class InputModel
    {
        public string? Tanggal { get; set; }

        public string? Keterangan { get; set; }

        public bool CutiBersama { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Tahun { get; set; }

    public int Year => Tahun is >= 2000 and <= 2100 ? Tahun.Value : IndonesianTime.Today(clock).Year;

    public IReadOnlyList<HariLibur> Days { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTambahAsync(CancellationToken ct)
    {
        var keterangan = Input.Keterangan?.Trim() ?? string.Empty;
        var valid = DateOnly.TryParseExact(Input.Tanggal?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tanggal)
            && tanggal.Year is >= 2000 and <= 2100;
        if (!valid)
        {
            ModelState.AddModelError("Input.Tanggal", "Tanggal tidak valid; pilih tanggal dari kalender (tttt-bb-hh).");
        }
        else if (await db.HariLibur.AsNoTracking().FirstOrDefaultAsync(h => h.Tanggal == tanggal, ct) is { } existing)
        {
            ModelState.AddModelError("Input.Tanggal", $"{IndonesianTime.Date(tanggal)} sudah terdaftar: {existing.Keterangan}.");
        }

        if (keterangan.Length == 0)
        {
            ModelState.AddModelError("Input.Keterangan", "Keterangan wajib diisi (misalnya \"Hari Raya Idulfitri\").");
        }
        else if (keterangan.Length > MaxKeterangan)
        {
            ModelState.AddModelError("Input.Keterangan", $"Paling panjang {MaxKeterangan} karakter.");
        }

        if (!ModelState.IsValid)
        {
            Tahun = valid ? tanggal.Year : Tahun;
            await LoadAsync(ct);
            return Page();
        }

        db.HariLibur.Add(new HariLibur { Tanggal = tanggal, Keterangan = keterangan, CutiBersama = Input.CutiBersama });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
        {
            // Someone added the same date a moment ago.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Tanggal", $"{IndonesianTime.Date(tanggal)} sudah terdaftar.");
            Tahun = tanggal.Year;
            await LoadAsync(ct);
            return Page();
        }

        cache.Invalidate();
        TempData["Pesan"] = $"{IndonesianTime.Date(tanggal)} ditambahkan sebagai {(Input.CutiBersama ? "cuti bersama" : "hari libur nasional")}.";
        return RedirectToPage(new { tahun = tanggal.Year });
    }

    public async Task<IActionResult> OnPostHapusAsync(string? tanggal, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(tanggal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || await db.HariLibur.FirstOrDefaultAsync(h => h.Tanggal == date, ct) is not { } day)
        {
            return NotFound();
        }

        db.HariLibur.Remove(day);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        TempData["Pesan"] = $"{IndonesianTime.Date(date)} ({day.Keterangan}) dihapus dari daftar hari libur.";
        return RedirectToPage(new { tahun = date.Year });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        Days = await db.HariLibur.AsNoTracking().Where(h => h.Tanggal >= from && h.Tanggal <= to).OrderBy(h => h.Tanggal).ToListAsync(ct);
        var stored = await db.HariLibur.AsNoTracking().Select(h => h.Tanggal.Year).Distinct().ToListAsync(ct);
        Years = [.. stored.Append(IndonesianTime.Today(clock).Year).Append(IndonesianTime.Today(clock).Year + 1).Append(Year).Distinct().Order()];
    }
}
