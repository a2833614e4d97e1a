using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity.Pages;

/// <summary>Sign-in with lockout after repeated failures; every failure answers alike.</summary>
public sealed class MasukModel(UniformSignIn signIn, Microsoft.Extensions.Options.IOptions<AccountOptions> accounts) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        public string? NamaPengguna { get; set; }

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
        public string? KataSandi { get; set; }

        public bool Ingat { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.SignInAsync(Input.NamaPengguna!.Trim(), Input.KataSandi!, Input.Ingat))
        {
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Admin/Pages/Dasbor");
        }

        // One answer for an unknown name, a wrong password and a locked or deactivated account, so that the form does
        // not tell which names exist (UniformSignIn makes the time alike too).
        ModelState.AddModelError(string.Empty, FailedMessage(accounts.Value));
        return Page();
    }

    /// <summary>The one answer to every failed sign-in.</summary>
    public static string FailedMessage(AccountOptions accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return $"Nama pengguna atau kata sandi salah. Setelah {accounts.MaxFailedAttempts} kali gagal berturut-turut, akun dikunci selama {Common.IndonesianTime.Duration(accounts.LockoutDuration)}.";
    }
}
