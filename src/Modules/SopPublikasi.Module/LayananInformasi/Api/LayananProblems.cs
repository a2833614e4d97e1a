using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// The desk's refusals as problem+json: input the desk does not accept 422 with the field map, a move its rules refuse
/// 409, a move the actor may not make 403, a stale revisi 412 (as a stale If-Match of the materi API), the rest as
/// every <see cref="IUserError"/> says.
/// </summary>
public static class LayananProblems
{
    public const string KodeHeader = "X-Kode-Lacak";

    public static bool IsDeskError(Exception error) =>
        error is InputException or LayananRuleException or LayananConflictException or LayananForbiddenException || ApiProblems.IsUserError(error);

    public static ProblemHttpResult From(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InputException input => Invalid(input.Errors),
            LayananRuleException rule => ApiProblems.Problem(StatusCodes.Status409Conflict, "Langkah ini tidak diizinkan sekarang.", rule.Message),
            LayananForbiddenException forbidden => Forbidden(forbidden.Message),
            LayananConflictException stale => ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "Data sudah diubah orang lain.", stale.Message),
            _ => ApiProblems.From(error),
        };
    }

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        ApiProblems.Invalid(errors, StatusCodes.Status422UnprocessableEntity, "Isian tidak memenuhi syarat.");

    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The one answer for a wrong number, a wrong code, or both: nothing tells which.</summary>
    public static ProblemHttpResult NotFoundForRequester() =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "Permohonan tidak ditemukan.", "Nomor register atau kode lacak tidak cocok.");

    /// <summary>A public call without the number or the code: 400 naming what is missing.</summary>
    public static ProblemHttpResult? MissingCredentials(string? nomor, string? kode)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(nomor))
        {
            errors["nomor"] = ["Nomor register wajib (parameter nomor)."];
        }

        if (string.IsNullOrWhiteSpace(kode))
        {
            errors["kodeLacak"] = [$"Kode lacak wajib, dikirim di header {KodeHeader}."];
        }

        return errors.Count == 0 ? null : ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Nomor dan kode lacak wajib.");
    }

    public static ProblemHttpResult Forbidden(string detail) =>
        ApiProblems.Problem(StatusCodes.Status403Forbidden, "Tidak diizinkan.", detail);

    public static ProblemHttpResult NotFound(string what) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, what + " tidak ditemukan.");
}
