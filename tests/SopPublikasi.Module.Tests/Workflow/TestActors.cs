using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

internal static class TestActors
{
    public static Actor With(string id, params string[] roles) => new(id, "Pengguna " + id, roles.ToHashSet());

    public static readonly Actor Ppid = With("ppid", SopRoles.PpidPembantu);
    public static readonly Actor Agendaris = With("agendaris", SopRoles.Pencatat);
    public static readonly Actor Sekretaris = With("sekretaris", SopRoles.Sekretaris);
    public static readonly Actor Staf = With("staf", SopRoles.StafSekretariat);
    public static readonly Actor StafLain = With("staf-lain", SopRoles.StafSekretariat);
    public static readonly Actor Verifikator = With("verifikator", SopRoles.TimVerifikasi);
    public static readonly Actor Admin = With("admin", SopRoles.Administrator);

    public static SopStateMachine Machine(string pencatatRole = SopRoles.Pencatat) => new(SopWorkflowSeed.Transitions(pencatatRole));
}
