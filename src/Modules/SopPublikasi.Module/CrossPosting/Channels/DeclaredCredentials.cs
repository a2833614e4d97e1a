using System.Security.Cryptography;
using System.Text;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>
/// The credentials of a channel declared in configuration. The app may store newer values for it (a refreshed OAuth
/// 2.0 token pair: X's refresh tokens are single-use, so the configured one is spent after the first refresh); those
/// win over the configuration for as long as the configuration still holds the values they were refreshed from. Once
/// an operator puts new credentials in the configuration (the account authorized again), the configuration wins.
/// </summary>
public static class DeclaredCredentials
{
    /// <summary>Stored beside the newer values: the fingerprint of the configured credentials they replace.</summary>
    public const string BasisKey = "_basis";

    /// <summary>A SHA-256 fingerprint of the configured credentials (kept only inside the encrypted record).</summary>
    public static string Basis(IReadOnlyDictionary<string, string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var text = string.Concat(configured.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key.Length}:{c.Key}{c.Value.Length}:{c.Value}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>What the channel uses: the configured credentials with the stored ones over them, unless the configuration changed since.</summary>
    public static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> configured, IReadOnlyDictionary<string, string> stored)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(stored);
        var result = new Dictionary<string, string>(configured, StringComparer.Ordinal);
        if (stored.TryGetValue(BasisKey, out var basis) && basis != Basis(configured))
        {
            return result;
        }

        foreach (var (key, value) in stored.Where(s => s.Key != BasisKey))
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>The record to store: <paramref name="updates"/> over what was stored, marked with the configuration they replace.</summary>
    public static Dictionary<string, string> Update(
        IReadOnlyDictionary<string, string> configured, IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var result = Merge(configured, stored).Where(c => !configured.TryGetValue(c.Key, out var v) || v != c.Value).ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in updates)
        {
            result[key] = value;
        }

        result[BasisKey] = Basis(configured);
        return result;
    }
}
