using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>Threads' text limit (docs/networks.md, "Threads"), in configuration because Meta changes it.</summary>
public sealed class ThreadsLimits
{
    /// <summary>Counted as <see cref="ThreadsTextLength"/> counts: an emoji weighs its UTF-8 bytes.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 500;
}
