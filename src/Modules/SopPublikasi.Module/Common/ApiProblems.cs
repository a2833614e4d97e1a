using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Refusals as RFC 7807 problem+json. Each <see cref="IUserError"/> says its own status: 400 invalid input (field
/// map), 403 not this user's move, 404 unknown, 409 wrong state or changed meanwhile, 412 stale If-Match, 422 input
/// the SOP does not accept (field map).
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult From(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is IUserError user ? user.ToProblem() : throw new InvalidOperationException("Not a user error.", error);
    }

    public static bool IsUserError(Exception error) => error is IUserError;

    /// <summary>Runs the input's data annotations; null when valid.</summary>
    public static ProblemHttpResult? Validate(object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return null;
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, Message: r.ErrorMessage ?? "Tidak valid.")))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
        return Invalid(errors, StatusCodes.Status400BadRequest, "Isian tidak valid.");
    }

    /// <summary>problem+json with a field map (camelCase, as the JSON fields are named).</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, int status, string title, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(Camel(errors)) { Status = status, Title = title, Detail = detail });

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static Dictionary<string, string[]> Camel(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.Length == 0 ? e.Key : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value);
}
