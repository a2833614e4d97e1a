using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SopPublikasi.Module.Common;

/// <summary>HTML beyond the sanitizer's bounds (<see cref="HtmlOptions"/>); the message is for the user.</summary>
public sealed class HtmlRefusedException : Exception, IUserError
{
    public HtmlRefusedException()
    {
    }

    public HtmlRefusedException(string message)
        : base(message)
    {
    }

    public HtmlRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProblemHttpResult ToProblem() =>
        ApiProblems.Invalid(new Dictionary<string, string[]> { ["isi"] = [Message] }, StatusCodes.Status400BadRequest, "Isian tidak valid.");
}
