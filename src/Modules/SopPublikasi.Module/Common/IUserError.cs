using Microsoft.AspNetCore.Http.HttpResults;

namespace SopPublikasi.Module.Common;

/// <summary>
/// An error the user caused and can read (Bahasa Indonesia), with the problem+json the API answers it with. Each
/// feature's refusal says its own status, so <see cref="ApiProblems"/> knows no feature.
/// </summary>
public interface IUserError
{
    ProblemHttpResult ToProblem();
}

/// <summary>
/// A refusal of one move or input whose message belongs beside one field of the form (<see cref="Field"/>), or on
/// top of it when there is none: how the admin pages show it without knowing the feature that refused.
/// </summary>
public interface IFieldError : IUserError
{
    /// <summary>The input field the message belongs beside, if any.</summary>
    string? Field { get; }

    /// <summary>The message for the user, in Bahasa Indonesia.</summary>
    string Message { get; }
}
