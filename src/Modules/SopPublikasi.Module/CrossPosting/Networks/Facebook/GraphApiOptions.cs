using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// "CrossPosting:Graph": the Graph API version Facebook and Instagram call, and when Meta retires each version, so the
/// channel page can warn an administrator before the configured one stops answering (docs/networks.md, Facebook).
/// </summary>
public sealed partial class GraphApiOptions : IValidatableObject
{
    public const string Section = "CrossPosting:Graph";

    /// <summary>The newest version on 2026-12-07 (released 29 July 2026, no end date announced yet).</summary>
    public const string CurrentVersion = "v26.0";

    /// <summary>The version segment of every Graph call, e.g. "v26.0".</summary>
    [Required]
    public string Version { get; set; } = CurrentVersion;

    /// <summary>
    /// The "Available Until" column of Meta's Graph API changelog (dates in UTC), checked 2026-12-07; a version not
    /// listed has no announced end. Configuration adds or corrects entries (CrossPosting:Graph:EndOfLife:v27.0).
    /// </summary>
    public Dictionary<string, DateOnly> EndOfLife { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["v20.0"] = new(2026, 9, 24),
        ["v21.0"] = new(2027, 1, 21),
        ["v22.0"] = new(2027, 5, 20),
        ["v23.0"] = new(2027, 10, 8),
        ["v24.0"] = new(2028, 2, 18),
        ["v25.0"] = new(2028, 7, 29),
    };

    /// <summary>How long before the version's end the channel page warns.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan WarnBefore { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// The root of a channel's Graph calls: its API address (or <paramref name="defaultHost"/>) followed by the
    /// configured version, unless the address already ends with a version segment (then that one is used).
    /// </summary>
    public Uri Root(ResolvedChannel channel, string defaultHost)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var root = channel.Root(defaultHost);
        return VersionIn(root) is null ? new Uri(root, Version + "/") : root;
    }

    /// <summary>The version a channel's calls use (see <see cref="Root"/>).</summary>
    public string VersionOf(ResolvedChannel channel, string defaultHost) => VersionIn(Root(channel, defaultHost)) ?? Version;

    /// <summary>An administrator's warning for a channel on a version that ends soon or has ended; null otherwise.</summary>
    public string? Warning(ResolvedChannel channel, string defaultHost, DateTimeOffset now)
    {
        var version = VersionOf(channel, defaultHost);
        if (!EndOfLife.TryGetValue(version, out var end))
        {
            return null;
        }

        var endsAt = new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var date = end.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        return endsAt <= now
            ? $"Graph API {version} sudah dihentikan Meta sejak {date}: ubah CrossPosting:Graph:Version ke versi yang masih berlaku ({CurrentVersion} atau lebih baru)."
            : endsAt - now <= WarnBefore
                ? $"Graph API {version} dihentikan Meta pada {date}: ubah CrossPosting:Graph:Version ke versi yang lebih baru ({CurrentVersion} atau lebih baru) sebelum tanggal itu."
                : null;
    }

    /// <summary>Registers the options once, validated on start, for every network that calls the Graph API.</summary>
    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Options.IConfigureOptions<GraphApiOptions>)))
        {
            services.AddValidatedOptions<GraphApiOptions>(Section);
        }
    }

    /// <summary>The channel page's notice for a Facebook or Instagram channel: the current settings' <see cref="Warning"/>, if any.</summary>
    public static IReadOnlyList<string> Notices(IServiceProvider services, ResolvedChannel channel, DateTimeOffset now) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<GraphApiOptions>>().CurrentValue.Warning(channel, GraphCall.FacebookHost, now) is { } warning
            ? [warning]
            : [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!VersionShape().IsMatch(Version ?? string.Empty))
        {
            yield return new ValidationResult($"{Section}:Version must look like \"{CurrentVersion}\".", [nameof(Version)]);
        }

        foreach (var key in EndOfLife.Keys.Where(k => !VersionShape().IsMatch(k)))
        {
            yield return new ValidationResult($"{Section}:EndOfLife:{key} is not a version like \"{CurrentVersion}\".", [nameof(EndOfLife)]);
        }
    }

    private static string? VersionIn(Uri root) =>
        root.Segments.Length > 1 && VersionShape().IsMatch(root.Segments[^1].TrimEnd('/')) ? root.Segments[^1].TrimEnd('/') : null;

    [GeneratedRegex(@"\Av[0-9]{1,3}\.[0-9]{1,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionShape();
}
