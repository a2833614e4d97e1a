using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SopPublikasi.Module.Common;

/// <summary>Input that failed validation, with messages per field (Bahasa Indonesia), for the form or the API.</summary>
public sealed class InputException : Exception, IUserError
{
    public InputException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public InputException(string message)
        : this(new Dictionary<string, string[]> { [string.Empty] = [message] })
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [string.Empty] = [message] };
    }

    public InputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public InputException(IDictionary<string, string[]> errors)
        : base("Isian tidak valid: " + string.Join(" ", errors?.SelectMany(e => e.Value) ?? []))
    {
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public IDictionary<string, string[]> Errors { get; }

    public ProblemHttpResult ToProblem() => ApiProblems.Invalid(Errors, StatusCodes.Status400BadRequest, "Isian tidak valid.");
}

/// <summary>The thing asked for does not exist, or is not visible to the one asking.</summary>
public sealed class NotFoundException : Exception, IUserError
{
    public NotFoundException()
        : base("Data tidak ditemukan.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProblemHttpResult ToProblem() => ApiProblems.Problem(StatusCodes.Status404NotFound, Message);
}
