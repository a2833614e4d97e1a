using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity;

/// <summary>
/// The sign-in form's check of a name and a password, answering an unknown name, a wrong password and a locked or
/// deactivated account alike: the caller shows one message for every failure, and every attempt runs exactly one
/// password hash check (Identity's own skips it for an unknown name and for a locked account, which made those
/// answers 10 to 20 times faster and so told which names exist).
/// </summary>
public sealed class UniformSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    private static string? _dummyHash;

    /// <summary>True when signed in; false for every kind of failure, which the caller must not tell apart.</summary>
    public async Task<bool> SignInAsync(string userName, string password, bool remember)
    {
        ArgumentNullException.ThrowIfNull(password);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // As long as a real check: the same hasher and its settings, on a hash of a random password.
            hasher.VerifyHashedPassword(new AppUser(), DummyHash(), password);
            return false;
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Identity answers "locked out" before looking at the password; look at it anyway, and forget the result.
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash(), password);
            return false;
        }

        return (await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true)).Succeeded;
    }

    private string DummyHash() =>
        _dummyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)));
}
