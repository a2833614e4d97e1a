using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security.Pages;

/// <summary>
/// "Hak Akses": the permissions each role holds, changed per role. The last grant that keeps an active person able
/// to manage permissions (<see cref="CorePermissions.KelolaHakAkses"/>) cannot be removed.
/// </summary>
[RequirePermission(CorePermissions.KelolaHakAksesName)]
public sealed class HakAksesModel(PermissionGrants grants, RoleManager<IdentityRole> roles, UserManager<AppUser> users, PermissionCatalog catalog) : AdministratorPageModel
{
    public const string Field = "Izin";

    public IReadOnlyList<Permission> Permissions => catalog.All;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlySet<(string Role, string Permission)> Grants { get; private set; } = new HashSet<(string, string)>();

    /// <summary>The role whose form was posted and refused: its boxes show what was sent, its message beside them.</summary>
    public string? RefusedRole { get; private set; }

    public IReadOnlySet<string> Posted { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? peran, List<string>? izin, CancellationToken ct)
    {
        izin ??= [];
        await LoadAsync(ct);
        var chosen = izin.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (peran is null || !Roles.Contains(peran, StringComparer.Ordinal))
        {
            ModelState.AddModelError(Field, "Peran tidak dikenal; muat ulang halaman.");
        }
        else if (chosen.Any(p => catalog.Find(p) is null))
        {
            ModelState.AddModelError(Field, "Ada hak akses yang tidak dikenal; muat ulang halaman.");
        }
        else if (!chosen.Contains(CorePermissions.KelolaHakAksesName) && !await SomeoneElseManagesAsync(peran))
        {
            ModelState.AddModelError(Field, "Hak \"" + CorePermissions.KelolaHakAkses.Title + "\" tidak dapat dicabut dari peran ini: tidak ada lagi pengguna aktif lain yang dapat mengelola hak akses.");
        }

        if (!ModelState.IsValid)
        {
            RefusedRole = peran;
            Posted = chosen;
            return Page();
        }

        await grants.SetAsync(peran!, chosen, ct);
        TempData["Pesan"] = $"Hak akses peran {peran} disimpan.";
        return RedirectToPage();
    }

    public bool IsChecked(string role, string permission) =>
        role == RefusedRole ? Posted.Contains(permission) : Grants.Contains((role, permission));

    /// <summary>Whether, with <paramref name="role"/> losing KelolaHakAkses, an active person still holds it through another role.</summary>
    private async Task<bool> SomeoneElseManagesAsync(string role)
    {
        if (!Grants.Contains((role, CorePermissions.KelolaHakAksesName)))
        {
            return true;
        }

        foreach (var other in Roles.Where(r => r != role && Grants.Contains((r, CorePermissions.KelolaHakAksesName))))
        {
            if ((await users.GetUsersInRoleAsync(other)).Any(u => !PenggunaModel.IsDeactivated(u)))
            {
                return true;
            }
        }

        return false;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The SOP's roles in their order, then any other role by name.
        var names = await roles.Roles.Select(r => r.Name!).ToListAsync(ct);
        Roles = [.. SopRoles.All.Where(names.Contains), .. names.Except(SopRoles.All).Order(StringComparer.Ordinal)];
        Grants = await grants.AllAsync(ct);
    }
}
