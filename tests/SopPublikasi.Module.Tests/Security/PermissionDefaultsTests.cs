using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Tokens;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.Module.Tests.Security;

/// <summary>
/// The seeded defaults keep what the hand-written role checks allowed, and nobody more: Administrator alone, except
/// the standing pages, which the Sekretaris has edited too, and the SOP roles' draft and access rights (what
/// MateriPublikasi.CanEdit, MateriAccess and the Dasbor checked by role name); "edit any draft" is granted to nobody.
/// </summary>
public class PermissionDefaultsTests
{
    private static readonly PermissionCatalog Catalog = new(
        [CorePermissions.Provider, MateriPermissions.Provider, WebhookPermissions.Provider, CrossPostingPermissions.Provider, HalamanPermissions.Provider, TokenPermissions.Provider]);

    public static TheoryData<string, string[]> Expected => new()
    {
        { "KelolaWebhook", [SopRoles.Administrator] },
        { "KelolaSaluran", [SopRoles.Administrator] },
        { "KelolaPengguna", [SopRoles.Administrator] },
        { "KelolaPengaturan", [SopRoles.Administrator] },
        { "KelolaHakAkses", [SopRoles.Administrator] },
        { "KelolaTokenSemua", [SopRoles.Administrator] },
        { "SuntingHalaman", [SopRoles.Administrator, SopRoles.Sekretaris] },
        { "SuntingDrafPenyusunan", [SopRoles.StafSekretariat] },
        { "SuntingDrafKoreksi", [SopRoles.Sekretaris] },
        { "SuntingSemuaDraf", [] },
        { "LihatSemuaMateri", [SopRoles.Administrator, SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.Sekretaris] },
        { "LihatMateriDitugaskan", [SopRoles.StafSekretariat] },
        { "LihatMateriVerifikasi", [SopRoles.TimVerifikasi] },
        { "PantauMateri", [SopRoles.Administrator, SopRoles.PpidPembantu, SopRoles.Sekretaris] },
        { "TarikMateri", [SopRoles.PpidPembantu, SopRoles.TimVerifikasi] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Default_GrantedToExactlyTheseRoles(string permission, string[] roles) =>
        Assert.Equal(roles.Order(StringComparer.Ordinal), Catalog.Defaults.Where(d => d.Permission == permission).Select(d => d.Role).Order(StringComparer.Ordinal));

    [Fact]
    public void EveryPermission_HasAUniqueName_AnIndonesianTitle_AndOnlySopRolesByDefault()
    {
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Expected.Count, Catalog.All.Count);
        Assert.All(Catalog.All, p => Assert.Matches("^(Mengelola|Menyunting|Membuat|Melihat|Memantau|Menarik) ", p.Title));
        Assert.All(Catalog.Defaults, d => Assert.Contains(d.Role, SopRoles.All));
        Assert.All(Catalog.Defaults, d => Assert.NotNull(Catalog.Find(d.Permission)));
    }

    [Fact]
    public async Task PolicyProvider_MakesAPermissionPolicy_AndLeavesOtherNamesToTheRegisteredOnes()
    {
        var options = new AuthorizationOptions();
        options.AddPolicy("Editor", p => p.RequireRole(SopRoles.All));
        var provider = new PermissionPolicyProvider(Options.Create(options));

        var policy = await provider.GetPolicyAsync(WebhookPermissions.KelolaWebhook.Policy);

        Assert.NotNull(policy);
        Assert.Contains(policy.Requirements, r => r is PermissionRequirement { Permission: "KelolaWebhook" });
        Assert.Contains(policy.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
        Assert.NotNull(await provider.GetPolicyAsync("Editor"));
        Assert.Null(await provider.GetPolicyAsync("TidakAda"));
    }

    [Fact]
    public void RequirePermission_NamesThePermissionPolicy() =>
        Assert.Equal("Permission:SuntingHalaman", new RequirePermissionAttribute(HalamanPermissions.SuntingHalamanName).Policy);
}
