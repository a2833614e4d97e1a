using System.Linq.Expressions;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Security;

/// <summary>
/// Which publication items a signed-in person may see, in one place for the admin pages, the API and the task
/// lists. An item a person may not see does not exist for them: pages and API answer 404, lists leave it out.
/// What they may <em>do</em> with an item they can see is the SOP's business (<see cref="SopStateMachine"/> and
/// <see cref="MateriPublikasi.CanEdit"/>): a move by the wrong role is refused with 403 and its reason.
/// <list type="bullet">
/// <item>Administrator: every item (runs the system, reads everything, takes no SOP step).</item>
/// <item>PPID Pembantu: every item (gives every disposisi and answers for the office's public information).</item>
/// <item>Pencatat/Agendaris: every item (keeps the agenda of every disposisi received).</item>
/// <item>Sekretaris: every item (receives, assigns, corrects and hands over every item).</item>
/// <item>Staf Sekretariat: only items assigned to them, or with a draft version they wrote; never a colleague's.</item>
/// <item>Tim Pengolahan Data dan Klasifikasi Informasi: only items handed to them for verification at least
/// once (a draft still with the Sekretariat is not theirs to read).</item>
/// <item>Anonymous, or a user without an SOP role: nothing (the admin and the workflow API need a role).</item>
/// </list>
/// A person holding several roles sees the union. The system's own actor (<see cref="Actor.System"/>, background
/// work) sees every item.
/// </summary>
public static class MateriAccess
{
    /// <summary>Roles that see every item.</summary>
    public static readonly IReadOnlyList<string> SeeEverything =
        [SopRoles.Administrator, SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.Sekretaris];

    public static bool SeesEverything(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The system itself (background work such as the overdue check) reads every item; no person is this actor.
        return ReferenceEquals(actor, Actor.System) || SeeEverything.Any(actor.Has);
    }

    /// <summary>The filter, as a query expression, of the items <paramref name="actor"/> may see.</summary>
    public static Expression<Func<MateriPublikasi, bool>> VisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var all = SeesEverything(actor);
        var staf = actor.Has(SopRoles.StafSekretariat);
        var verifier = actor.Has(SopRoles.TimVerifikasi);
        var id = actor.Id;
        return m => all
            || (staf && (m.AssigneeId == id || m.Versions.Any(v => v.EditorId == id)))
            || (verifier && m.History.Any(h => h.To == WorkflowState.Verifikasi));
    }
}
