using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Webhooks;

/// <summary>This feature's permissions and the SOP roles that hold them by default.</summary>
public static class WebhookPermissions
{
    public const string KelolaWebhookName = "KelolaWebhook";

    public static readonly Permission KelolaWebhook = new(KelolaWebhookName, "Mengelola webhook");

    public static PermissionProvider Provider { get; } = new((KelolaWebhook, [SopRoles.Administrator]));
}
