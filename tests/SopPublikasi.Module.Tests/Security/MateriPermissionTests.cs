using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Tests.Workflow;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Security;

/// <summary>
/// The aggregate's edit rule and the access filter follow the permissions the actor carries, not its role names:
/// an actor built from roles alone carries the roles' default grants (today's behaviour), a revoked permission
/// refuses, a granted one allows.
/// </summary>
public class MateriPermissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);
    private readonly SopStateMachine _machine = TestActors.Machine();

    private static Actor With(Actor actor, params string[] permissions) =>
        new(actor.Id, actor.Name, actor.Roles, permissions.ToHashSet(StringComparer.Ordinal));

    private static Actor Without(Actor actor, string permission) =>
        new(actor.Id, actor.Name, actor.Roles, actor.Permissions.Where(p => p != permission).ToHashSet(StringComparer.Ordinal));

    private static DraftContent Draft() => new("Musrenbang Kecamatan 2027", null, "Ringkasan", "<p>Isi</p>", 1, null, null, null, null, [], []);

    private MateriPublikasi Assigned()
    {
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid(), Perihal = "Musrenbang" }, "musrenbang", _machine, TestActors.Ppid, Now);
        m.Apply(_machine, new TransitionCommand("teruskan"), TestActors.Agendaris, Now);
        m.Apply(_machine, new TransitionCommand("terima"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Staf), TestActors.Sekretaris, Now);
        return m;
    }

    private MateriPublikasi InKoreksi()
    {
        var m = Assigned();
        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        Assert.Equal(WorkflowState.Koreksi, m.State);
        return m;
    }

    [Fact]
    public void ActorFromRolesAlone_CarriesTheRolesDefaultGrants()
    {
        Assert.Equal(PermissionCatalog.Core.DefaultsFor([SopRoles.Sekretaris]), TestActors.Sekretaris.Permissions);
        Assert.True(TestActors.Sekretaris.May(MateriPermissions.SuntingDrafKoreksiName));
        Assert.True(TestActors.Staf.May(MateriPermissions.SuntingDrafPenyusunanName));
        Assert.False(TestActors.Admin.May(MateriPermissions.SuntingSemuaDrafName));
        Assert.Empty(Actor.System.Permissions);
    }

    [Fact]
    public void Koreksi_RevokedFromSekretaris_Refused_WithClearReason_GrantedToVerifikator_Allowed()
    {
        var m = InKoreksi();
        var revoked = Without(TestActors.Sekretaris, MateriPermissions.SuntingDrafKoreksiName);

        Assert.True(m.CanEdit(TestActors.Sekretaris));
        Assert.False(m.CanEdit(revoked));
        var ex = Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(), revoked, m.LatestVersion, Now));
        Assert.True(ex.IsForbidden);
        Assert.Equal("Draf pada tahap koreksi hanya dapat disunting oleh Sekretaris; Anda tidak memiliki hak akses untuk menyunting draf koreksi.", ex.Message);
        Assert.Equal(1, m.LatestVersion);

        Assert.False(m.CanEdit(TestActors.Verifikator));
        var granted = With(TestActors.Verifikator, MateriPermissions.SuntingDrafKoreksiName);
        Assert.True(m.CanEdit(granted));
        Assert.Equal(2, m.SaveDraft(Draft(), granted, 1, Now).Number);
    }

    [Fact]
    public void Penyusunan_AssigneeWithoutPermission_Refused_OtherStaf_NamesTheAssignee()
    {
        var m = Assigned();

        var revoked = Assert.Throws<WorkflowRuleException>(() =>
            m.SaveDraft(Draft(), Without(TestActors.Staf, MateriPermissions.SuntingDrafPenyusunanName), 0, Now));
        var other = Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(), TestActors.StafLain, 0, Now));

        Assert.Equal("Draf pada tahap penyusunan hanya dapat disunting oleh Staf Sekretariat yang ditugaskan; Anda tidak memiliki hak akses untuk menyunting draf penyusunan.", revoked.Message);
        Assert.Equal($"Draf pada tahap penyusunan hanya dapat disunting oleh Staf Sekretariat yang ditugaskan: materi ini ditugaskan kepada {TestActors.Staf.Name}.", other.Message);
        Assert.True(revoked.IsForbidden && other.IsForbidden);
        Assert.Equal(0, m.LatestVersion);
    }

    [Fact]
    public void SuntingSemuaDraf_EditsAtPenyusunanAndKoreksi_WhoeverTheAssignee_NeverElsewhere()
    {
        var any = With(TestActors.Admin, MateriPermissions.SuntingSemuaDrafName);
        var m = Assigned();

        Assert.False(m.CanEdit(TestActors.Admin));
        Assert.True(m.CanEdit(any));
        m.SaveDraft(Draft(), any, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        Assert.True(m.CanEdit(any));
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        Assert.False(m.CanEdit(any));
        Assert.Equal("Materi pada tahap ini tidak dapat disunting.", Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(), any, 1, Now)).Message);
    }

    [Fact]
    public void Access_FollowsThePermissions()
    {
        var m = InKoreksi();
        bool Sees(Actor a) => MateriAccess.VisibleTo(a).Compile()(m);

        // Defaults: today's rules.
        Assert.True(Sees(TestActors.Sekretaris));
        Assert.True(Sees(TestActors.Agendaris));
        Assert.True(Sees(TestActors.Staf));
        Assert.False(Sees(TestActors.StafLain));
        Assert.False(Sees(TestActors.Verifikator)); // not yet handed to verification
        Assert.True(Sees(Actor.System));

        // Revoked: the Sekretaris no longer sees it; the assigned Staf neither.
        Assert.False(Sees(Without(TestActors.Sekretaris, MateriPermissions.LihatSemuaMateriName)));
        Assert.False(MateriAccess.SeesEverything(Without(TestActors.Sekretaris, MateriPermissions.LihatSemuaMateriName)));
        Assert.False(Sees(Without(TestActors.Staf, MateriPermissions.LihatMateriDitugaskanName)));

        // Granted: the other Staf and the verifier see it with "see everything".
        Assert.True(Sees(With(TestActors.StafLain, MateriPermissions.LihatSemuaMateriName)));
        Assert.True(Sees(With(TestActors.Verifikator, MateriPermissions.LihatSemuaMateriName)));

        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        Assert.True(Sees(TestActors.Verifikator));
        Assert.False(Sees(Without(TestActors.Verifikator, MateriPermissions.LihatMateriVerifikasiName)));
        Assert.True(Sees(With(TestActors.Sekretaris, MateriPermissions.LihatMateriVerifikasiName)));
    }
}
