using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>Shared set-up for the cross-posting tests: a fake network declared as channel "medsos" with fast timings.</summary>
public static class Networks
{
    public const string Channel = "medsos";

    public static async Task<FakeNetwork> StartAsync(string network) => await (network switch
    {
        "X" => new FakeX(),
        "Facebook" => new FakeFacebook(),
        "Instagram" => (FakeNetwork)new FakeInstagram(),
        "Telegram" => new FakeTelegram(),
        "Mastodon" => new FakeMastodon(),
        "Threads" => new FakeThreads(),
        "Bluesky" => new FakeBluesky(),
        _ => throw new ArgumentOutOfRangeException(nameof(network)),
    }).StartAsync();

    /// <summary>
    /// The app with <paramref name="fake"/> as channel "medsos" (declared by <paramref name="channel"/> when given, else by
    /// the fake's own configuration), on <paramref name="database"/> when given (the caller disposes it: a restart).
    /// </summary>
    public static SopAppFactory App(
        FakeNetwork fake,
        TimeProvider? clock = null,
        RecordingNotifier? notifier = null,
        TimeSpan? httpTimeout = null,
        TestDatabase? database = null,
        Dictionary<string, string?>? channel = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var factory = new SopAppFactory
        {
            Clock = clock,
            TestServices = notifier is null ? null : services => services.AddScopedNotifier(notifier),
            Database = database ?? TestDatabase.Create(),
            OwnsDatabase = database is null,
        };
        foreach (var (key, value) in channel ?? fake.Channel(Channel))
        {
            factory.Settings[key] = value;
        }

        factory.Settings["CrossPosting:PollInterval"] = "00:00:00.100";
        factory.Settings["CrossPosting:FirstRetryDelay"] = "00:00:00.200";
        factory.Settings["CrossPosting:HttpTimeout"] = (httpTimeout ?? TimeSpan.FromSeconds(20)).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["CrossPosting:LeaseDuration"] = "00:01:00";
        factory.Settings["CrossPosting:ContainerPollInterval"] = "00:00:00.050";
        return factory;
    }

    private static void AddScopedNotifier(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, RecordingNotifier notifier)
    {
        var existing = services.Where(d => d.ServiceType == typeof(Module.Notifications.INotifier)).ToList();
        foreach (var d in existing)
        {
            services.Remove(d);
        }

        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Module.Notifications.INotifier>(services, notifier);
    }

    public static OutboxMessage Row(SopAppFactory f, Guid materiId) =>
        f.WithDb(db => db.Outbox.AsNoTracking().Single(o => o.MateriId == materiId && o.Channel == Channel));

    public static Task<OutboxMessage> RowWhenAsync(SopAppFactory f, Guid materiId, Func<OutboxMessage, bool> done, int seconds = 30) =>
        Eventually.WaitAsync(() => Row(f, materiId), done, TimeSpan.FromSeconds(seconds));

    public static string Describe(OutboxMessage o, FakeNetwork fake, SopAppFactory f) =>
        $"status={o.Status} attempts={o.Attempts} wait={o.WaitReason} error={o.LastError} remote={o.RemoteId} posts={fake.Posts.Count} attempts@fake={fake.PostAttempts.Count} refused={fake.Refused}\n{f.Errors}";
}
