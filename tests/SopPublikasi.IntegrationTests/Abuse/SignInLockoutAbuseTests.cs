using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Finding 6: five wrong passwords (which anyone can type) disabled that person's API tokens for the lockout's
/// 15 minutes, and the sign-in form told apart an unknown name (no hash computed: a few ms, its own message path), a
/// wrong password and a locked account (its own message). A failed-sign-in lockout concerns the password only, and
/// the form answers all three alike: the same message, and one password hash check each.
/// </summary>
public sealed class SignInLockoutAbuseTests
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheSignInOnly_TheirApiTokensStillWork()
    {
        using var factory = new SopAppFactory();
        _ = factory.Server;
        await factory.SeedUsersAsync();
        using var api = await Api.ClientForAsync(factory, "staf");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);

        var visitor = new Browser(factory);
        for (var i = 1; i <= 5; i++)
        {
            await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "staf", ["Input.KataSandi"] = "Tebakan#" + i });
        }

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("staf"))!), "the sign-in lockout itself stays");
        }

        var after = await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative));
        Assert.True(after.StatusCode == HttpStatusCode.OK, $"token refused after a sign-in lockout: {(int)after.StatusCode} {await after.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task UnknownName_WrongPassword_LockedAccount_SameAnswer_EachRunsOnePasswordHashCheck()
    {
        var hasher = new CountingHasher();
        using var factory = new SopAppFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<IPasswordHasher<AppUser>>(hasher)) };
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var visitor = new Browser(factory);
        for (var i = 1; i <= 5; i++)
        {
            await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "staf2", ["Input.KataSandi"] = "Tebakan#" + i });
        }

        async Task<(string Message, int Checks, HttpStatusCode Status)> TryAsync(string name, string password)
        {
            var before = hasher.Verifications;
            var page = await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = name, ["Input.KataSandi"] = password });
            Assert.Null(page.Document.QuerySelector("form[action='/admin/keluar']"));
            return (page.Errors(), hasher.Verifications - before, page.Status);
        }

        var unknown = await TryAsync("tidak-ada-orangnya", "Tebakan#2026");
        var wrong = await TryAsync("staf", "Tebakan#2026");
        var locked = await TryAsync("staf2", "Tebakan#2026");
        var lockedRightPassword = await TryAsync("staf2", TestUsers.Password);

        Assert.False(string.IsNullOrEmpty(unknown.Message));
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        Assert.Equal(unknown, lockedRightPassword);
        Assert.Equal(1, unknown.Checks);
    }

    /// <summary>Identity's own hasher, counting the checks of a password against a stored hash.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
