using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>Password rules, lockout after repeated failures, and the per-address limit on sign-in posts.</summary>
public sealed class SignInProtectionTests
{
    [Fact]
    public async Task FiveWrongPasswords_AccountLocked_EvenTheRightPasswordRefused_WithTheSameIndonesianMessage()
    {
        using var factory = new SopAppFactory();
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var visitor = new Browser(factory);

        for (var i = 1; i <= 4; i++)
        {
            var wrong = await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "staf", ["Input.KataSandi"] = "Tebakan#" + i });
            Assert.Contains("Nama pengguna atau kata sandi salah.", wrong.Errors(), StringComparison.Ordinal);
        }

        var fifth = await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "staf", ["Input.KataSandi"] = "Tebakan#5" });
        var right = await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "staf", ["Input.KataSandi"] = TestUsers.Password });

        // The locked account answers as any failure does (the form does not tell which names exist, see
        // Abuse/SignInLockoutAbuseTests); the message names the rule. The right password is refused while locked.
        const string failed = "Nama pengguna atau kata sandi salah. Setelah 5 kali gagal berturut-turut, akun dikunci selama 15 menit.";
        Assert.Equal(failed, fifth.Errors());
        Assert.Equal(failed, right.Errors());
        Assert.Null(right.Document.QuerySelector("form[action='/admin/keluar']"));
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("staf"))!));

        // Another account is not affected.
        await Browser.SignInAsync(factory, "staf2");
    }

    [Theory]
    [InlineData("pendek1A", "minimal 10 karakter")]
    [InlineData("tanpaangkasama", "harus memuat angka")]
    [InlineData("tanpahurufbesar1", "harus memuat huruf besar")]
    [InlineData("TANPAHURUFKECIL1", "harus memuat huruf kecil")]
    public async Task WeakPassword_RefusedWithIndonesianReason(string password, string reason)
    {
        using var factory = new SopAppFactory();
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var result = await users.CreateAsync(new AppUser { UserName = "baru", FullName = "Pengguna Baru" }, password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPosts_OverTheLimitPerAddress_429PageInIndonesian_GetStillServed()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Accounts:LoginPermitLimit"] = "3";
        factory.Settings["Accounts:LoginWindow"] = "00:10:00";
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var visitor = new Browser(factory);

        for (var i = 0; i < 3; i++)
        {
            // Different accounts each time: lockout (per account) does not stop this, the address limit does.
            var page = await visitor.SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "tebak" + i, ["Input.KataSandi"] = "Tebakan#2026" });
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }

        var form = await visitor.GetAsync("/admin/masuk");
        var refused = await visitor.SubmitFormAsync(form, "form", new() { ["Input.NamaPengguna"] = "admin", ["Input.KataSandi"] = TestUsers.Password });

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal((HttpStatusCode)429, refused.Status);
        Assert.Contains("Terlalu banyak percobaan", refused.Text(), StringComparison.Ordinal);
        Assert.Equal("id", refused.Document.DocumentElement.GetAttribute("lang"));
        Assert.Null(refused.Document.QuerySelector("form[action='/admin/keluar']"));
    }
}
