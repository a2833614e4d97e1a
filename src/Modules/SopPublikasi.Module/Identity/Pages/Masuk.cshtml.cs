using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Identity.Pages;

/// <summary>Sign-in with lockout after repeated failures.</summary>
public sealed class MasukModel(SignInManager<AppUser> signIn, Microsoft.Extensions.Options.IOptions<AccountOptions> accounts) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.NamaPengguna!.Trim(), Input.KataSandi!, Input.Ingat, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Admin/Pages/Dasbor");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi " + Common.IndonesianTime.Duration(accounts.Value.LockoutDuration) + " lagi."
            : "Nama pengguna atau kata sandi salah.");
        return Page();
    }
}
