using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// What the success page shows once: the number, the code, the deadline. Carried from the form's POST to the page by
/// TempData (a protected cookie, read once); kept protected with the form token's record, so that a second click on
/// "Kirim" lands on the same number and code.
/// </summary>
public sealed record PermohonanTerkirim(Guid Id, string Nomor, string Kode, DateTimeOffset Batas, bool AdaEmail)
{
    public const string TempDataKey = "ppid-terkirim";

    private const string Purpose = "LayananInformasi.Publik.Terkirim";

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PermohonanTerkirim? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<PermohonanTerkirim>(json);

    public string Protect(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.CreateProtector(Purpose).Protect(ToJson());
    }

    public static PermohonanTerkirim? Unprotect(IDataProtectionProvider provider, string? value)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return FromJson(provider.CreateProtector(Purpose).Unprotect(value));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
