namespace SopPublikasi.Module.Halaman;

/// <summary>
/// A feature's reaction to a standing page saved in the admin (the public site's caches, say): <see cref="SavedAsync"/>
/// runs inside the save's transaction, <see cref="CommittedAsync"/> after it committed. Registered by the reacting
/// feature, so that Halaman knows none of them.
/// </summary>
public interface IHalamanSavedHandler
{
    Task SavedAsync(HalamanStatis page, CancellationToken ct);

    Task CommittedAsync(HalamanStatis page, CancellationToken ct);
}
