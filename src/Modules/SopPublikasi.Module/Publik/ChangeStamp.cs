namespace SopPublikasi.Module.Publik;

/// <summary>
/// A counter bumped in the database whenever something the public sees changes (a publication, a withdrawal, a
/// profile page edit). Every instance compares it with the value it saw last and evicts its own output cache
/// when it moved: the way one instance's change reaches the others' caches.
/// </summary>
public sealed class ChangeStamp
{
    /// <summary>The stamp of the public site (the only one so far).</summary>
    public const string Publik = "publik";

    public string Name { get; set; } = string.Empty;

    public long Version { get; set; }
}
