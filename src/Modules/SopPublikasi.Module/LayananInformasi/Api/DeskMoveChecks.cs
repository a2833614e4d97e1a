using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// What the office's API checks before it shows a register or runs a move, in the order its OpenAPI answers say: the
/// register's right (403), the record (404), a known action (422 on <c>aksi</c>), the action's right (403), and
/// <c>If-Match</c> (428 without, 412 when not a revisi). The desk checks the move itself again (state, rules).
/// </summary>
public static class DeskMoveChecks
{
    /// <summary>The refusal for someone without the register's right, or null.</summary>
    /// <param name="register">"permohonan" or "keberatan", as the refusals name the register.</param>
    public static ProblemHttpResult? RegisterRefusal(Actor actor, string register)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.May(LayananPermissions.LihatRegisterName)
            ? null
            : LayananProblems.Forbidden($"Register {register} hanya untuk yang berhak \"{LayananPermissions.TitleOf(LayananPermissions.LihatRegisterName)}\".");
    }

    /// <summary>The checks before a move; the record is looked up only for someone who may see the register.</summary>
    /// <param name="register">"permohonan" or "keberatan", as the refusals name the register.</param>
    /// <param name="exists">Whether the record exists.</param>
    /// <param name="aksi">The action as sent, trimmed and in lower case.</param>
    /// <param name="permission">The action's permission from the desk's table, null for an unknown action.</param>
    /// <param name="actions">The register's action names, for the message of an unknown one.</param>
    /// <param name="url">The record's address, for the precondition's message.</param>
    /// <returns>The refusal, or null with the revisi from <c>If-Match</c>.</returns>
    public static async Task<(ProblemHttpResult? Refused, int Revisi)> CheckAsync(
        Actor actor, string register, Func<Task<bool>> exists, string? aksi, string? permission, IEnumerable<string> actions, string? ifMatch, string url)
    {
        ArgumentNullException.ThrowIfNull(exists);
        if (RegisterRefusal(actor, register) is { } refused)
        {
            return (refused, 0);
        }

        if (!await exists())
        {
            return (LayananProblems.NotFound(char.ToUpperInvariant(register[0]) + register[1..]), 0);
        }

        if (permission is null)
        {
            return (LayananProblems.Invalid("aksi", "Aksi tidak dikenal. Pilih salah satu: " + string.Join(", ", actions) + "."), 0);
        }

        if (!actor.May(permission))
        {
            return (LayananProblems.Forbidden($"Aksi {aksi} hanya untuk yang berhak \"{LayananPermissions.TitleOf(permission)}\"."), 0);
        }

        return (Revisi.Read(ifMatch, url, out var revisi), revisi);
    }
}
