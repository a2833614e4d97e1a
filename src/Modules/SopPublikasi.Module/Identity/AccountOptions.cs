using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Identity;

/// <summary>
/// "Accounts" section: the first administrator of a fresh database, created once when no administrator exists.
/// Both keys empty means nobody is created. Also the lockout after failed sign-ins and the sign-in rate limit.
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [StringLength(64)]
    public string? InitialAdminUser { get; set; }

    [StringLength(128, MinimumLength = 10)]
    public string? InitialAdminPassword { get; set; }

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts (form posts) one address may make per <see cref="LoginWindow"/>; past it, 429.</summary>
    [Range(1, 100_000)]
    public int LoginPermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often an open session's principal (its roles and claims) is rebuilt from the database and its cookie
    /// re-issued (zero: on every request). Whether the session is still valid at all (its security stamp, changed by
    /// signing out, a password reset, a deactivation or a change of roles) is checked on every request regardless
    /// (<see cref="SessionStamps"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
