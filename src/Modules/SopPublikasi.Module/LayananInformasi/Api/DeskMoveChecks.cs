using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// What every office move through the API checks before the desk runs it, in the order its OpenAPI answers say: the
/// register's right (403), the record (404), a known action (422 on <c>aksi</c>), the action's right (403), and
/// <c>If-Match</c> (428 without, 412 when not a revisi). The desk checks the move itself again (state, rules).
/// </summary>
public static class DeskMoveChecks
{
    /// <param name="register">"permohonan" or "keberatan", as the refusals name the register.</param>
    /// <param name="found">Whether the record exists.</param>
    /// <param name="aksi">The action as sent, trimmed and in lower case.</param>
    /// <param name="permission">The action's permission from the desk's table, null for an unknown action.</param>
    /// <param name="actions">The register's action names, for the message of an unknown one.</param>
    /// <param name="url">The record's address, for the precondition's message.</param>
    public static ProblemHttpResult? Check(
        Actor actor, string register, bool found, string? aksi, string? permission, IEnumerable<string> actions, string? ifMatch, string url, out int revisi)
    {
        ArgumentNullException.ThrowIfNull(actor);
        revisi = 0;
        if (!actor.May(LayananPermissions.LihatRegisterName))
        {
            return LayananProblems.Forbidden($"Register {register} hanya untuk yang berhak \"{LayananPermissions.TitleOf(LayananPermissions.LihatRegisterName)}\".");
        }

        if (!found)
        {
            return LayananProblems.NotFound(char.ToUpperInvariant(register[0]) + register[1..]);
        }

        if (permission is null)
        {
            return LayananProblems.Invalid("aksi", "Aksi tidak dikenal. Pilih salah satu: " + string.Join(", ", actions) + ".");
        }

        if (!actor.May(permission))
        {
            return LayananProblems.Forbidden($"Aksi {aksi} hanya untuk yang berhak \"{LayananPermissions.TitleOf(permission)}\".");
        }

        return Revisi.Read(ifMatch, url, out revisi);
    }
}
