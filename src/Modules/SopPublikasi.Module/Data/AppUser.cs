using Microsoft.AspNetCore.Identity;

namespace SopPublikasi.Module.Data;

/// <summary>A person who signs in to the admin. Roles come from Identity's role tables (data, not code).</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    public string? JobTitle { get; set; }
}
