using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>Refuses to start with a declared channel whose type no registered network answers to.</summary>
public sealed class RegisteredChannelTypes(IEnumerable<SocialNetwork> networks) : IValidateOptions<CrossPostingOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossPostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var types = networks.Select(n => n.Type).ToList();
        var errors = options.Channels
            .Where(c => !types.Contains(c.Value.Type, StringComparer.OrdinalIgnoreCase))
            .Select(c => $"CrossPosting:Channels:{c.Key}:Type \"{c.Value.Type}\" is not supported; use one of: {string.Join(", ", types)}.")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
