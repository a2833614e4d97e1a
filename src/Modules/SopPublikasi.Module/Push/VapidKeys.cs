using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace SopPublikasi.Module.Push;

/// <summary>VAPID key pairs (P-256, RFC 8292): made for the operator, checked on start.</summary>
public static class VapidKeys
{
    /// <summary>A new pair: the public key as the uncompressed point, the private key as the scalar, both base64url.</summary>
    public static (string PublicKey, string PrivateKey) Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(includePrivateParameters: true);
        return (WebEncoders.Base64UrlEncode(Point(p.Q)), WebEncoders.Base64UrlEncode(p.D!));
    }

    /// <summary>What is wrong with the pair, or null when it is a P-256 pair whose halves belong together.</summary>
    public static string? Problem(string publicKey, string privateKey)
    {
        var pub = Decode(publicKey);
        if (pub is not { Length: 65 } || pub[0] != 0x04)
        {
            return "Push:VapidPublicKey must be an uncompressed P-256 point (65 bytes, base64url).";
        }

        var priv = Decode(privateKey);
        if (priv is not { Length: 32 })
        {
            return "Push:VapidPrivateKey must be a P-256 private key (32 bytes, base64url).";
        }

        try
        {
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = priv });
            var derived = key.ExportParameters(includePrivateParameters: false);
            return Point(derived.Q).AsSpan().SequenceEqual(pub) ? null : "Push:VapidPublicKey does not belong to Push:VapidPrivateKey.";
        }
        catch (CryptographicException)
        {
            return "Push:VapidPrivateKey is not a valid P-256 private key.";
        }
    }

    /// <summary>The uncompressed point 0x04 || X || Y of a public key.</summary>
    public static byte[] Point(ECPoint q) => [0x04, .. q.X!, .. q.Y!];

    public static byte[]? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return WebEncoders.Base64UrlDecode(value.Trim().TrimEnd('='));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
