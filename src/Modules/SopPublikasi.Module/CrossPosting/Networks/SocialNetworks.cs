using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// The registered networks, asked by the shared code (outbox writer, edit rules, channel directory, options
/// validation, admin channel page) wherever it used to switch on channel types. Types are matched ignoring case.
/// </summary>
public sealed class SocialNetworks(IEnumerable<SocialNetwork> networks, IServiceProvider services)
{
    private readonly IReadOnlyList<SocialNetwork> _all = [.. networks];

    /// <summary>Every registered network, in registration order.</summary>
    public IReadOnlyList<SocialNetwork> All => _all;

    /// <summary>The networks an administrator may add a channel of, in registration order.</summary>
    public IReadOnlyList<SocialNetwork> Offered => [.. _all.Where(n => n.OfferedToAdministrators)];

    /// <summary>The channel types whose rows wait for a person (<see cref="SocialNetwork.SentByHand"/>): never dispatched.</summary>
    public IReadOnlyList<string> HandOffTypes => [.. _all.Where(n => n.SentByHand).Select(n => n.Type)];

    public SocialNetwork? Find(string? type) =>
        _all.FirstOrDefault(n => string.Equals(n.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type as its network spells it ("x" → "X"); an unknown type unchanged.</summary>
    public string Normalize(string type) => Find(type)?.Type ?? type;

    /// <summary>The composer for a channel, with that channel's limits.</summary>
    public IChannelComposer Composer(ResolvedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Find(channel.Type) is { } network
            ? network.Composer(services, channel.Name)
            : throw new ArgumentException($"No composer for channel type \"{channel.Type}\".", nameof(channel));
    }

    /// <summary>Null when the edited post can be sent, else why not (in Bahasa Indonesia).</summary>
    public string? EditProblem(ResolvedChannel channel, string? text, string link, bool hasImage)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return PostEditRules.Problem(text, link) ?? Find(channel.Type)?.EditProblem(services, channel.Name, text!, hasImage);
    }
}

/// <summary>Registering a network: one line in CrossPosting's Startup, <c>services.AddSocialNetwork&lt;XNetwork&gt;()</c>.</summary>
public static class SocialNetworkRegistration
{
    public static IServiceCollection AddSocialNetwork<TNetwork>(this IServiceCollection services)
        where TNetwork : SocialNetwork, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        var network = new TNetwork();
        if (services.Any(d => d.ServiceType == typeof(SocialNetwork) && d.ImplementationInstance is SocialNetwork known
            && string.Equals(known.Type, network.Type, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Channel type \"{network.Type}\" is registered twice.");
        }

        network.ConfigureServices(services);
        services.AddSingleton<SocialNetwork>(network);
        return services;
    }
}
