using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Tokens.Pages;

/// <summary>Personal access tokens for the API: each user issues and revokes their own; whoever holds KelolaTokenSemua (by default an Administrator) may issue for anyone.</summary>
public sealed class TokenModel(TokenService tokens, ActorResolver actors, PermissionService permissions, Microsoft.AspNetCore.Identity.UserManager<AppUser> users, TimeProvider clock) : AdminPageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Lifetimes = [("1d", "1 hari"), ("7d", "7 hari"), ("30d", "30 hari"), ("90d", "90 hari"), ("365d", "1 tahun")];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Beri nama token, misalnya \"portal kabupaten\".")]
        [StringLength(100, ErrorMessage = "Nama token paling panjang 100 karakter.")]
        public string? Nama { get; set; }

        public string MasaBerlaku { get; set; } = "30d";

        public string? UntukPengguna { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    public IReadOnlyList<AppUser> AllUsers { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    /// <summary>The tokens this person issued for others (shown to whoever may issue them).</summary>
    public IReadOnlyList<PersonalAccessToken> Issued { get; private set; } = [];

    /// <summary>The names of the owners and issuers of the tokens shown, by id.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string? id) => id is null ? string.Empty : Names.TryGetValue(id, out var name) ? name : id;

    public DateTimeOffset Now { get; private set; }

    /// <summary>"Dicabut", "Kedaluwarsa" or "Aktif", as of this request.</summary>
    public string StatusOf(PersonalAccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.RevokedAt is not null ? "Dicabut" : token.ExpiresAt <= Now ? "Kedaluwarsa" : "Aktif";
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBuatAsync(CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        var owner = actor.Id;
        if (!string.IsNullOrEmpty(Input.UntukPengguna) && Input.UntukPengguna != actor.Id)
        {
            if (!await permissions.MayAsync(User, TokenPermissions.KelolaTokenSemua))
            {
                return Forbid();
            }

            owner = (await actors.FindAsync(Input.UntukPengguna))?.Id ?? string.Empty;
            if (owner.Length == 0)
            {
                ModelState.AddModelError("Input.UntukPengguna", "Pengguna tidak ditemukan.");
            }
        }

        if (!TokenLifetime.TryParse(Input.MasaBerlaku, out var lifetime))
        {
            ModelState.AddModelError("Input.MasaBerlaku", "Pilih masa berlaku.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var (_, secret) = await tokens.CreateAsync(owner, actor.Id, Input.Nama!, lifetime, ct);
        TempData["TokenBaru"] = secret;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCabutAsync(Guid tokenId, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        var count = await tokens.RevokeAsync(actor.Id, tokenId, ct);
        TempData["Pesan"] = count == 1 ? "Token dicabut." : "Token tidak ditemukan atau sudah dicabut.";
        return RedirectToPage();
    }

    /// <summary>Revokes a token this person issued for someone else.</summary>
    public async Task<IActionResult> OnPostCabutTerbitanAsync(Guid tokenId, CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        var count = await tokens.RevokeIssuedByAsync(actor.Id, tokenId, ct);
        TempData["Pesan"] = count == 1 ? "Token dicabut." : "Token tidak ditemukan atau sudah dicabut.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        IsAdmin = await permissions.MayAsync(User, TokenPermissions.KelolaTokenSemua);
        Tokens = await tokens.ListAsync(actor.Id, ct);
        Issued = await tokens.ListIssuedByAsync(actor.Id, ct);
        var ids = Tokens.Select(t => t.IssuedById).Concat(Issued.Select(t => (string?)t.UserId)).Append(actor.Id).OfType<string>().Distinct().ToList();
        Names = await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, PermissionService.NameOf, ct);
        AllUsers = IsAdmin ? [.. users.Users.OrderBy(u => u.UserName)] : [];
        Now = clock.GetUtcNow();
    }
}
