using System.Globalization;

namespace SopPublikasi.Module.Tokens;

/// <summary>Token lifetimes as operators write them: "30m", "12h", "1d", "90d" (at most a year).</summary>
public static class TokenLifetime
{
    public static readonly TimeSpan Max = TimeSpan.FromDays(366);

    public static bool TryParse(string? text, out TimeSpan lifetime)
    {
        lifetime = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        lifetime = char.ToLowerInvariant(text[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => TimeSpan.Zero,
        };
        return lifetime > TimeSpan.Zero && lifetime <= Max;
    }
}
