namespace SopPublikasi.Module.Workflow;

/// <summary>A move or input the SOP does not allow. The message is for the user, in Bahasa Indonesia.</summary>
public class WorkflowRuleException : Exception
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
}

/// <summary>The draft changed since the editor loaded it: saving would overwrite someone's work.</summary>
public sealed class VersionConflictException(int baseVersion, int latestVersion)
    : ConflictException(
        $"Draf sudah diubah orang lain (kini versi {latestVersion}, Anda menyunting versi {baseVersion}). Muat ulang halaman lalu ulangi perubahan Anda.")
{
    public int LatestVersion { get; } = latestVersion;
}
