using System.Linq.Expressions;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// Which publication items a signed-in person may see, in one place for the admin pages, the API, the task lists,
/// comments and media. An item a person may not see does not exist for them: pages and API answer 404, lists leave
/// it out. What they may <em>do</em> with an item they can see is the SOP's business (<see cref="SopStateMachine"/>
/// and <see cref="MateriPublikasi.CanEdit"/>): a move by the wrong role is refused with 403 and its reason.
/// Seeing is granted by permissions (<see cref="MateriPermissions"/>), carried by the <see cref="Actor"/>; their
/// defaults are what the roles saw before:
/// <list type="bullet">
/// <item>"LihatSemuaMateri", every item: Administrator (runs the system), PPID Pembantu (gives every disposisi and
/// answers for the office's public information), Pencatat/Agendaris (keeps the agenda of every disposisi received),
/// Sekretaris (receives, assigns, corrects and hands over every item).</item>
/// <item>"LihatMateriDitugaskan", the items assigned to the person or with a draft version they wrote, never a
/// colleague's: Staf Sekretariat.</item>
/// <item>"LihatMateriVerifikasi", the items handed to verification at least once (a draft still with the
/// Sekretariat is not theirs to read): Tim Pengolahan Data dan Klasifikasi Informasi.</item>
/// <item>Anonymous, or a person holding none of these: nothing.</item>
/// </list>
/// A person holding several sees the union. The system's own actor (<see cref="Actor.System"/>, background work)
/// sees every item.
/// </summary>
public static class MateriAccess
{
    public static bool SeesEverything(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The system itself (background work such as the overdue check) reads every item; no person is this actor.
        return ReferenceEquals(actor, Actor.System) || actor.May(MateriPermissions.LihatSemuaMateriName);
    }

    /// <summary>The filter, as a query expression, of the items <paramref name="actor"/> may see.</summary>
    public static Expression<Func<MateriPublikasi, bool>> VisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var all = SeesEverything(actor);
        var assigned = actor.May(MateriPermissions.LihatMateriDitugaskanName);
        var verification = actor.May(MateriPermissions.LihatMateriVerifikasiName);
        var id = actor.Id;
        return m => all
            || (assigned && (m.AssigneeId == id || m.Versions.Any(v => v.EditorId == id)))
            || (verification && m.History.Any(h => h.To == WorkflowState.Verifikasi));
    }
}
