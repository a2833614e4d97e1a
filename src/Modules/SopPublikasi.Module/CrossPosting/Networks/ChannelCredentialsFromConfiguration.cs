using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// Reads every other value of CrossPosting:Channels:{name} as a credential, so that a network with its own credential
/// keys (declared by its <see cref="SocialNetwork.CredentialFields"/>) needs no property on <see cref="ChannelOptions"/>.
/// </summary>
public sealed class ChannelCredentialsFromConfiguration(IConfiguration configuration) : IPostConfigureOptions<CrossPostingOptions>
{
    /// <summary>Type, Enabled, BaseUrl and the credentials bound to properties already.</summary>
    private static readonly HashSet<string> Bound = new(typeof(ChannelOptions).GetProperties().Select(p => p.Name), StringComparer.OrdinalIgnoreCase);

    public void PostConfigure(string? name, CrossPostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (channel, declared) in options.Channels)
        {
            declared.OtherCredentials.Clear();
            foreach (var value in configuration.GetSection($"{CrossPostingOptions.Section}:Channels:{channel}").GetChildren())
            {
                if (value.Value is { } text && !Bound.Contains(value.Key))
                {
                    declared.OtherCredentials[value.Key] = text;
                }
            }
        }
    }
}
