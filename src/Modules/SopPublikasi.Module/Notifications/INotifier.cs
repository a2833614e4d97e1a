namespace SopPublikasi.Module.Notifications;

/// <summary>What a person should hear about: stored for the bell in the admin and sent by e-mail.</summary>
/// <param name="Kind">A short machine name, e.g. "tugas-baru", "terlambat", "dikembalikan", "terbit", "saluran-dijeda".</param>
/// <param name="Title">One line in Bahasa Indonesia.</param>
/// <param name="Body">A few sentences in Bahasa Indonesia.</param>
/// <param name="Link">A site-relative admin link (e.g. "/admin/materi/12"), or null.</param>
public sealed record Notification(string Kind, string Title, string Body, string? Link);

/// <summary>Tells people about workflow and cross-posting events. Callers never wait for e-mail delivery.</summary>
public interface INotifier
{
    Task NotifyUserAsync(string userId, Notification notification, CancellationToken cancellationToken);

    /// <summary>Every active user holding <paramref name="role"/> (a SopRoles name, e.g. the administrators).</summary>
    Task NotifyRoleAsync(string role, Notification notification, CancellationToken cancellationToken);
}
