using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Identity;

/// <summary>
/// "Accounts" section: the first administrator of a fresh database, created once when no administrator exists.
/// Both keys empty means nobody is created.
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [StringLength(64)]
    public string? InitialAdminUser { get; set; }

    [StringLength(128, MinimumLength = 10)]
    public string? InitialAdminPassword { get; set; }
}
