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
