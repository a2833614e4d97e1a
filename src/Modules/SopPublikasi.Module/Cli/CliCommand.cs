namespace SopPublikasi.Module.Cli;

/// <summary>
/// A command-line call such as `token create --user ppid --expires 1d`: a verb pair and its options (an option
/// may repeat, e.g. --role).
/// </summary>
public sealed record CliCommand(string Noun, string Verb, IReadOnlyDictionary<string, IReadOnlyList<string>> Options)
{
    private static readonly string[] Nouns = ["token", "user", "pengguna", "backup", "restore", "push"];

    // Commands that take a path rather than a verb: `backup <file>`, `restore <file> --force`.
    private static readonly string[] NounsWithoutVerb = ["backup", "restore"];

    /// <summary>The command in <paramref name="args"/>, or null when the arguments are for the web host.</summary>
    public static CliCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !Nouns.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var hasVerb = !NounsWithoutVerb.Contains(args[0], StringComparer.OrdinalIgnoreCase)
            && args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal);
        var options = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        string? pending = null;
        foreach (var arg in args.Skip(hasVerb ? 2 : 1))
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                if (!options.ContainsKey(pending))
                {
                    options[pending] = [];
                }
            }
            else if (pending is not null && !(pending == "force" && NounsWithoutVerb.Contains(args[0], StringComparer.OrdinalIgnoreCase)))
            {
                options[pending].Add(arg);
            }
            else
            {
                options.TryAdd(string.Empty, []);
                options[string.Empty].Add(arg);
            }
        }

        var verb = hasVerb ? args[1].ToLowerInvariant() : string.Empty;
        return new CliCommand(string.Equals(args[0], "pengguna", StringComparison.OrdinalIgnoreCase) ? "user" : args[0].ToLowerInvariant(), verb,
            options.ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Value, StringComparer.OrdinalIgnoreCase));
    }

    public string? Value(string name) => Options.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => Options.TryGetValue(name, out var values) ? values : [];
}
