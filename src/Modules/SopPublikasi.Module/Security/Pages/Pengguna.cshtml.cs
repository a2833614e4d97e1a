using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security.Pages;

/// <summary>Administrators list the people who sign in and add new ones with one or more roles.</summary>
[RequirePermission(CorePermissions.KelolaPenggunaName)]
public sealed class PenggunaModel(UserManager<AppUser> users, RoleManager<IdentityRole> roles) : AdministratorPageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [StringLength(50, MinimumLength = 3, ErrorMessage = "Nama pengguna 3 sampai 50 karakter.")]
        [RegularExpression("^[a-zA-Z0-9._-]+$", ErrorMessage = "Nama pengguna hanya boleh huruf, angka, titik, garis bawah, dan tanda hubung.")]
        public string? NamaPengguna { get; set; }

        [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
        [StringLength(150, ErrorMessage = "Nama lengkap paling panjang 150 karakter.")]
        public string? NamaLengkap { get; set; }

        [StringLength(150, ErrorMessage = "Jabatan paling panjang 150 karakter.")]
        public string? Jabatan { get; set; }

        [EmailAddress(ErrorMessage = "Alamat surel tidak valid.")]
        [StringLength(200, ErrorMessage = "Surel paling panjang 200 karakter.")]
        public string? Surel { get; set; }

        [Required(ErrorMessage = "Kata sandi awal wajib diisi.")]
        public string? KataSandi { get; set; }

        public List<string> Peran { get; set; } = [];
    }

    public sealed record Row(AppUser User, IReadOnlyList<string> Roles, bool Active);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var chosen = Input.Peran.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("Input.Peran", "Pilih sedikitnya satu peran.");
        }
        else if (chosen.Except(AllRoles, StringComparer.Ordinal).Any())
        {
            ModelState.AddModelError("Input.Peran", "Peran tidak dikenal.");
        }

        var user = new AppUser
        {
            UserName = Input.NamaPengguna?.Trim(),
            FullName = Input.NamaLengkap?.Trim() ?? string.Empty,
            JobTitle = string.IsNullOrWhiteSpace(Input.Jabatan) ? null : Input.Jabatan.Trim(),
            Email = string.IsNullOrWhiteSpace(Input.Surel) ? null : Input.Surel.Trim(),
            LockoutEnabled = true,
        };

        // Checked before anything is written, so that a refused password leaves no half-made account.
        if (!string.IsNullOrEmpty(Input.KataSandi))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, Input.KataSandi);
                if (!check.Succeeded)
                {
                    ShowIdentityErrors(check, "Input.KataSandi");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await users.CreateAsync(user, Input.KataSandi!);
        if (!created.Succeeded)
        {
            ShowIdentityErrors(created, "Input.KataSandi", "Input.NamaPengguna");
            return Page();
        }

        var added = await users.AddToRolesAsync(user, chosen);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            ShowIdentityErrors(added, "Input.Peran");
            return Page();
        }

        TempData["Pesan"] = $"Pengguna {user.UserName} dibuat dengan peran {string.Join(", ", chosen)}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        AllRoles = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var user in all)
        {
            rows.Add(new Row(user, [.. await users.GetRolesAsync(user)], !IsDeactivated(user)));
        }

        Rows = rows;
    }

    /// <summary>Deactivated = locked until the end of time (a temporary lockout after failed sign-ins is not).</summary>
    public static bool IsDeactivated(AppUser user) => AccountStatus.IsDeactivated(user);
}
