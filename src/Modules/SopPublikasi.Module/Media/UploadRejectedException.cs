using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Media;

/// <summary>An upload that is too large or not of an accepted type. The message is for the user.</summary>
public sealed class UploadRejectedException : Exception, IUserError
{
    public UploadRejectedException()
    {
    }

    public UploadRejectedException(string message)
        : base(message)
    {
    }

    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProblemHttpResult ToProblem() =>
        ApiProblems.Invalid(new Dictionary<string, string[]> { ["berkas"] = [Message] }, StatusCodes.Status400BadRequest, "Berkas ditolak.");
}
