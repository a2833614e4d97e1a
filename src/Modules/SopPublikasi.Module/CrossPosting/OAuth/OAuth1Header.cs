namespace SopPublikasi.Module.CrossPosting.OAuth;

/// <summary>
/// Reads an <c>Authorization: OAuth k="v", ...</c> header value back into its parameters, for the fake X server
/// and for <see cref="OAuth1Signer.Verify"/>. Strict on purpose: a header our signer would not produce is refused
/// rather than guessed at, so that a formatting bug in the client shows up in tests.
/// </summary>
public static class OAuth1Header
{
    private const string Scheme = "OAuth ";

    /// <summary>The decoded parameters, or false when the value is not a well-formed OAuth header or repeats a name.</summary>
    public static bool TryParse(string? value, out IReadOnlyDictionary<string, string> parameters)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        parameters = result;
        if (value is null || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var part in value[Scheme.Length..].Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || part.Length < equals + 3 || part[equals + 1] != '"' || part[^1] != '"')
            {
                return false;
            }

            var name = Uri.UnescapeDataString(part[..equals]);
            if (!result.TryAdd(name, Uri.UnescapeDataString(part[(equals + 2)..^1])))
            {
                return false;
            }
        }

        return true;
    }
}
