using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SopPublikasi.Module.Webhooks;

/// <summary>Makes signing secrets and keeps them encrypted at rest (Data Protection, keys in the database).</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SopPublikasi.Webhooks.Secret.v1");

    /// <summary>A Standard Webhooks secret: <c>whsec_</c> + standard base64 of 32 random bytes (the spec asks for 24 to 64).</summary>
    public static string Generate() => WebhookSigner.SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);

    /// <summary>
    /// The secrets a delivery made at <paramref name="now"/> is signed with, newest first: the current one, and the
    /// one it replaced while the rotation's overlap lasts.
    /// </summary>
    public IReadOnlyList<string> SigningSecrets(WebhookSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var current = Unprotect(subscription.ProtectedSecret);
        return subscription.ProtectedPreviousSecret is { } previous && subscription.PreviousSecretUntil > now
            ? [current, Unprotect(previous)]
            : [current];
    }
}
