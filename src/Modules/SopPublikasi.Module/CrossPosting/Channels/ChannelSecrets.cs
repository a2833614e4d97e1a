using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>Encrypts a channel's credentials for the database (ASP.NET Core Data Protection) and reads them back.</summary>
public sealed class ChannelSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("SopPublikasi.CrossPosting.Channels.v1");

    public string Protect(IReadOnlyDictionary<string, string> credentials) => _protector.Protect(JsonSerializer.Serialize(credentials));

    public Dictionary<string, string> Unprotect(string? protectedCredentials) =>
        string.IsNullOrEmpty(protectedCredentials)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedCredentials)) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What may be shown of a secret: its last four characters at most.</summary>
    public static string Mask(string value) => value.Length <= 8 ? "••••" : "••••" + value[^4..];
}
