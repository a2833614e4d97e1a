using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security.Pages;

/// <summary>One person: name and roles, deactivation, and a new password set by the administrator.</summary>
[RequirePermission(CorePermissions.KelolaPenggunaName)]
public sealed class PenggunaUbahModel(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AccountEvents accountEvents) : AdministratorPageModel
{
    public sealed class DataModel
    {
        [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
        [StringLength(150, ErrorMessage = "Nama lengkap paling panjang 150 karakter.")]
        public string? NamaLengkap { get; set; }

        [StringLength(150, ErrorMessage = "Jabatan paling panjang 150 karakter.")]
        public string? Jabatan { get; set; }

        [EmailAddress(ErrorMessage = "Alamat surel tidak valid.")]
        [StringLength(200, ErrorMessage = "Surel paling panjang 200 karakter.")]
        public string? Surel { get; set; }

        public List<string> Peran { get; set; } = [];
    }

    public sealed class SandiModel
    {
        [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
        public string? KataSandiBaru { get; set; }

        [Compare(nameof(KataSandiBaru), ErrorMessage = "Konfirmasi tidak sama dengan kata sandi baru.")]
        public string? Konfirmasi { get; set; }
    }

    [BindProperty]
    public DataModel Data { get; set; } = new();

    [BindProperty]
    public SandiModel Sandi { get; set; } = new();

    public AppUser Target { get; private set; } = null!;

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public bool Active => !PenggunaModel.IsDeactivated(Target);

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Data = new DataModel
        {
            NamaLengkap = Target.FullName,
            Jabatan = Target.JobTitle,
            Surel = Target.Email,
            Peran = [.. await users.GetRolesAsync(Target)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostDataAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ClearOther(nameof(Sandi));
        var chosen = Data.Peran.Distinct(StringComparer.Ordinal).ToList();
        var current = await users.GetRolesAsync(Target);
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("Data.Peran", "Pilih sedikitnya satu peran.");
        }
        else if (chosen.Except(AllRoles, StringComparer.Ordinal).Any())
        {
            ModelState.AddModelError("Data.Peran", "Peran tidak dikenal.");
        }
        else if (current.Contains(SopRoles.Administrator) && !chosen.Contains(SopRoles.Administrator) && await IsLastActiveAdministratorAsync())
        {
            ModelState.AddModelError("Data.Peran", "Peran Administrator tidak dapat dilepas dari administrator aktif terakhir.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Target.FullName = Data.NamaLengkap!.Trim();
        Target.JobTitle = string.IsNullOrWhiteSpace(Data.Jabatan) ? null : Data.Jabatan.Trim();
        Target.Email = string.IsNullOrWhiteSpace(Data.Surel) ? null : Data.Surel.Trim();
        var updated = await users.UpdateAsync(Target);
        var removed = updated.Succeeded ? await users.RemoveFromRolesAsync(Target, current.Except(chosen, StringComparer.Ordinal)) : updated;
        var added = removed.Succeeded ? await users.AddToRolesAsync(Target, chosen.Except(current, StringComparer.Ordinal)) : removed;
        if (!added.Succeeded)
        {
            ShowIdentityErrors(added, "Data.Peran");
            return Page();
        }

        // The person's open sessions pick up the new roles (or lose the old ones) at their next check.
        await users.UpdateSecurityStampAsync(Target);
        TempData["Pesan"] = $"Data dan peran {Target.UserName} disimpan: {string.Join(", ", chosen)}.";
        return RedirectToPage("/Security/Pages/PenggunaUbah", new { id = Target.Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(string id, bool aktif, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ClearOther(null);
        if (!aktif && IsSelf)
        {
            ModelState.AddModelError("Status", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
        }
        else if (!aktif && (await users.GetRolesAsync(Target)).Contains(SopRoles.Administrator) && await IsLastActiveAdministratorAsync())
        {
            ModelState.AddModelError("Status", "Administrator aktif terakhir tidak dapat dinonaktifkan.");
        }

        if (!ModelState.IsValid)
        {
            await FillDataAsync();
            return Page();
        }

        await users.SetLockoutEnabledAsync(Target, true);
        await users.SetLockoutEndDateAsync(Target, aktif ? null : DateTimeOffset.MaxValue);
        if (aktif)
        {
            await users.ResetAccessFailedCountAsync(Target);
        }
        else
        {
            // The features' own credentials end for good (API tokens are revoked): a reactivation gives back the
            // sign-in only.
            await accountEvents.DeactivatedAsync(Target, ct);
        }

        await users.UpdateSecurityStampAsync(Target); // ends the person's open sessions
        TempData["Pesan"] = aktif
            ? $"{Target.UserName} diaktifkan kembali. Token API lama tetap dicabut; buat token baru bila perlu."
            : $"{Target.UserName} dinonaktifkan dan tidak dapat masuk; sesi dan token API-nya diakhiri.";
        return RedirectToPage("/Security/Pages/PenggunaUbah", new { id = Target.Id });
    }

    public async Task<IActionResult> OnPostSandiAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ClearOther(nameof(Sandi));
        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(Target);
            var reset = await users.ResetPasswordAsync(Target, token, Sandi.KataSandiBaru!);
            if (reset.Succeeded)
            {
                // The reset changed the security stamp (open sessions end); the features end their credentials too.
                await accountEvents.PasswordResetAsync(Target, ct);
                TempData["Pesan"] = $"Kata sandi {Target.UserName} diganti; sesi dan token API-nya diakhiri. Sampaikan kata sandi baru kepada yang bersangkutan secara langsung.";
                return RedirectToPage("/Security/Pages/PenggunaUbah", new { id = Target.Id });
            }

            ShowIdentityErrors(reset, "Sandi.KataSandiBaru");
        }

        await FillDataAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        Target = user;
        IsSelf = (await CurrentActorAsync()).Id == user.Id;
        AllRoles = await roles.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(ct);
        return true;
    }

    private async Task FillDataAsync() => Data = new DataModel
    {
        NamaLengkap = Target.FullName,
        Jabatan = Target.JobTitle,
        Surel = Target.Email,
        Peran = [.. await users.GetRolesAsync(Target)],
    };

    /// <summary>Only the submitted form is validated: the other forms' (empty) fields are not its errors.</summary>
    private void ClearOther(string? keep)
    {
        foreach (var key in ModelState.Keys.Where(k => keep is null || !k.StartsWith(keep + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private async Task<bool> IsLastActiveAdministratorAsync() =>
        (await users.GetUsersInRoleAsync(SopRoles.Administrator)).Count(u => !PenggunaModel.IsDeactivated(u)) <= 1;
}
