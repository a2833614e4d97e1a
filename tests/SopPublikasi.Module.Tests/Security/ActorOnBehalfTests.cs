using SopPublikasi.Module.Security;
using SopPublikasi.Module.Tests.Workflow;

namespace SopPublikasi.Module.Tests.Security;

/// <summary>An actor acted for with a token issued by someone else: named as both, holding the owner's roles only.</summary>
public class ActorOnBehalfTests
{
    [Fact]
    public void OnBehalfOf_NamesTheIssuerFirst_KeepsTheOwnersIdRolesAndPermissions()
    {
        var owner = TestActors.Staf;

        var actor = owner.OnBehalfOf("admin", "Admin Kecamatan");

        Assert.Equal("Admin Kecamatan atas nama Pengguna staf", actor.Name);
        Assert.Equal(("staf", "admin"), (actor.Id, actor.IssuerId));
        Assert.Equal(owner.Roles, actor.Roles);
        Assert.Equal(owner.Permissions, actor.Permissions);
        Assert.Equal(["staf", "admin"], actor.ActingIds);
        Assert.Equal(["staf"], owner.ActingIds);
        Assert.Null(owner.IssuerId);
    }

    [Fact]
    public void OnBehalfName_LongestNames_FitTheRecordedNameColumn()
    {
        var name = Actor.OnBehalfName(new string('a', 150), new string('b', 150));

        Assert.True(name.Length <= Actor.MaxNameLength, $"{name.Length} characters");
        Assert.Contains(" atas nama ", name, StringComparison.Ordinal);
        Assert.StartsWith("aaa", name, StringComparison.Ordinal);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
    }
}
