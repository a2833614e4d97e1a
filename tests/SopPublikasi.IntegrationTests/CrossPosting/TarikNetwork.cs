using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// A test network that posts and deletes by API ("Papan Tarik", registered with its one line like Papan): its board
/// records every post and every deletion, can hold a post in flight until the test lets it go, and can refuse posts of
/// a channel for now. Until the real networks' delete calls land, withdrawal is tested with it and the log channel.
/// </summary>
public sealed class TarikNetwork : SocialNetwork
{
    public const string Name = "Tarik";

    public override string Type => Name;

    public override string Label => "Papan Tarik (uji)";

    public override PostRemoval Removal => PostRemoval.Api;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TarikBoard>();
        services.AddTransient<ISocialChannel, TarikClient>();
    }

    public override IChannelComposer Composer(IServiceProvider services, string channel) => new TarikComposer();

    public override string? EditProblem(IServiceProvider services, string channel, string text, bool hasImage) => null;
}

public sealed class TarikComposer : ChannelComposer
{
    public override string ChannelType => TarikNetwork.Name;

    protected override int MaxLength(PostDraft draft) => int.MaxValue;

    protected override int Measure(string text) => text.Length;
}

/// <summary>What the board holds: posts by id (with their channel), deletions in order, and the test's switches.</summary>
public sealed class TarikBoard
{
    private int _next;

    public ConcurrentDictionary<string, string> Posts { get; } = new();

    public ConcurrentQueue<(string Channel, string RemoteId)> Deletions { get; } = new();

    /// <summary>Channels whose posts are refused for now (a transient failure).</summary>
    public ConcurrentDictionary<string, bool> Refusing { get; } = new();

    /// <summary>When set, a post waits here (in flight) until the test releases it.</summary>
    public SemaphoreSlim? Gate { get; set; }

    /// <summary>Set when a post has reached the board and waits at the gate.</summary>
    public TaskCompletionSource InFlight { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Add(string channel)
    {
        var id = "tarik-" + Interlocked.Increment(ref _next);
        Posts[id] = channel;
        return id;
    }
}

public sealed class TarikClient(TarikBoard board) : ISocialChannel, ISocialPostRemoval
{
    public string Type => TarikNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (board.Refusing.ContainsKey(request.Message.Channel))
        {
            throw new DeliveryFailureException(FailureKind.Transient, "Papan sedang sibuk.");
        }

        if (board.Gate is { } gate)
        {
            board.InFlight.TrySetResult();
            await gate.WaitAsync(ct);
        }

        var id = board.Add(request.Message.Channel);
        return new PostResult(id, "https://papan.example/" + id);
    }

    public Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct) => Task.FromResult(Reconciliation.Absent);

    public Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct) => Task.FromResult("papan tarik");

    /// <summary>A post the board no longer has counts as deleted, as the contract says.</summary>
    public Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        board.Deletions.Enqueue((request.Message.Channel, request.Message.RemoteId!));
        board.Posts.TryRemove(request.Message.RemoteId!, out _);
        return Task.CompletedTask;
    }
}
