using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>Whether a person may act at all: deactivation is the administrator's; a sign-in lockout is not it.</summary>
public static class AccountStatus
{
    /// <summary>
    /// Deactivated = locked until the end of time by an administrator. A temporary lockout after failed sign-ins is
    /// not a deactivation: it guards the password only, and anyone who knows a username can cause it, so it must not
    /// disable the person's other credentials (API tokens).
    /// </summary>
    public static bool IsDeactivated(AppUser? user) => user?.LockoutEnd is { } end && end.Year >= 9999;
}
