using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Workflow;

/// <summary>A move or input the SOP does not allow. The message is for the user, in Bahasa Indonesia.</summary>
public class WorkflowRuleException : Exception, IFieldError
{
    public WorkflowRuleException()
    {
    }

    public WorkflowRuleException(string message)
        : base(message)
    {
    }

    public WorkflowRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkflowRuleException(string message, string? field, bool isForbidden = false, bool isWrongState = false)
        : base(message)
    {
        Field = field;
        IsForbidden = isForbidden;
        IsWrongState = isWrongState;
    }

    /// <summary>The input field the message belongs beside, if any.</summary>
    public string? Field { get; }

    /// <summary>True when the actor lacks the role, or is not the person the item is assigned to.</summary>
    public bool IsForbidden { get; }

    /// <summary>True when the action exists but the item is not in a state where the SOP allows it.</summary>
    public bool IsWrongState { get; }

    /// <summary>403 not this user's move, 409 not in this state, else 422 with the message beside its field.</summary>
    public virtual ProblemHttpResult ToProblem() => this switch
    {
        { IsForbidden: true } => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Bukan wewenang Anda menurut SOP.", Message),
        { IsWrongState: true } => ApiProblems.Problem(StatusCodes.Status409Conflict, "Tahap materi tidak mengizinkan aksi ini.", Message),
        _ => ApiProblems.Invalid(
            new Dictionary<string, string[]> { [Field ?? string.Empty] = [Message] },
            StatusCodes.Status422UnprocessableEntity,
            "Aksi tidak memenuhi syarat SOP.",
            Message),
    };
}

/// <summary>Someone else changed the item first; nothing of this request was saved.</summary>
public class ConflictException : WorkflowRuleException
{
    public ConflictException()
        : this("Materi ini baru saja diproses orang lain. Muat ulang halaman untuk melihat keadaannya sekarang.")
    {
    }

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override ProblemHttpResult ToProblem() =>
        ApiProblems.Problem(StatusCodes.Status409Conflict, "Materi sudah diproses orang lain.", Message);
}

/// <summary>The draft changed since the editor loaded it: saving would overwrite someone's work.</summary>
public sealed class VersionConflictException(int baseVersion, int latestVersion)
    : ConflictException(
        $"Draf sudah diubah orang lain (kini versi {latestVersion}, Anda menyunting versi {baseVersion}). Muat ulang halaman lalu ulangi perubahan Anda.")
{
    public int LatestVersion { get; } = latestVersion;

    public override ProblemHttpResult ToProblem() =>
        ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "Versi draf sudah berubah.", Message);
}
