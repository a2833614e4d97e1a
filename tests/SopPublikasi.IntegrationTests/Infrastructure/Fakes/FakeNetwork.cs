using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>What the next call to a fake's "create post" endpoint does instead of succeeding.</summary>
public enum Fault
{
    /// <summary>The network's own rate-limit answer, with its reset time <see cref="FakeNetwork.ResetAfter"/> from now.</summary>
    RateLimited,

    /// <summary>The network's answer to an expired or revoked token.</summary>
    ExpiredToken,

    /// <summary>The post is made, but the answer never comes (the client times out).</summary>
    TimeoutAfterReceipt,

    /// <summary>The post is made, then the connection is reset before any answer.</summary>
    ResetAfterReceipt,
}

/// <summary>One post the fake network holds.</summary>
public sealed record FakePost(string Id, string Text, int ImageBytes, string? ImageUrl, DateTimeOffset At);

/// <summary>One call to a fake's "delete post" endpoint that reached it: the id asked for and what the fake answered.</summary>
/// <param name="Outcome">"deleted", "not-found", "foreign" (another account's post), "refused" (too old, wrong form).</param>
public sealed record FakeDeletion(string Id, string Outcome, DateTimeOffset At);

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for one social network: it checks requests the way the network does,
/// keeps the posts made, and answers with the network's real error shapes when a <see cref="Fault"/> is queued.
/// </summary>
public abstract class FakeNetwork : IAsyncDisposable
{
    private readonly List<FakePost> _posts = [];
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<Fault> _deleteFaults = new();
    private readonly ConcurrentDictionary<string, bool> _foreign = new();
    private WebApplication? _app;

    public int Port { get; } = FreePort();

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>How far ahead a rate-limit answer puts the reset time.</summary>
    public TimeSpan ResetAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Delay before answering a successful "create post" (to catch a process mid-dispatch).</summary>
    public TimeSpan AnswerDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Every call to the "create post" endpoint, answered or not.</summary>
    public ConcurrentQueue<DateTimeOffset> PostAttempts { get; } = new();

    /// <summary>Requests refused for bad credentials or signature.</summary>
    public int Refused => _refused;

    public IReadOnlyList<FakePost> Posts
    {
        get
        {
            lock (_posts)
            {
                return [.. _posts];
            }
        }
    }

    private int _refused;

    /// <summary>Posts made so far, deleted ones included: a new post never takes a deleted one's id.</summary>
    private int _made;

    public void Next(Fault fault) => _faults.Enqueue(fault);

    /// <summary>What the next call to the "delete post" endpoint answers instead (RateLimited or ExpiredToken).</summary>
    public void NextDelete(Fault fault) => _deleteFaults.Enqueue(fault);

    /// <summary>Every call that reached the "delete post" endpoint, with the fake's outcome, in order.</summary>
    public ConcurrentQueue<FakeDeletion> Deletions { get; } = new();

    /// <summary>The ids of the posts the fake deleted.</summary>
    public IReadOnlyList<string> Deleted => [.. Deletions.Where(d => d.Outcome == "deleted").Select(d => d.Id)];

    /// <summary>Declares <paramref name="id"/> a post of another account: it exists on the network, but is not this account's.</summary>
    public void AddForeign(string id) => _foreign[id] = true;

    protected bool IsForeign(string id) => _foreign.ContainsKey(id);

    /// <summary>Makes the post <paramref name="id"/> look <paramref name="age"/> old (Telegram's deletion window).</summary>
    public void Age(string id, TimeSpan age)
    {
        lock (_posts)
        {
            var at = _posts.FindIndex(p => p.Id == id);
            _posts[at] = _posts[at] with { At = DateTimeOffset.UtcNow - age };
        }
    }

    /// <summary>The configuration that declares this network as channel <paramref name="name"/>.</summary>
    public abstract Dictionary<string, string?> Channel(string name);

    public async Task<FakeNetwork> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract void Map(WebApplication app);

    /// <summary>The network's answer to too many requests, reset at <paramref name="reset"/>.</summary>
    protected abstract IResult RateLimited(HttpContext http, DateTimeOffset reset);

    /// <summary>The network's answer to an expired token.</summary>
    protected abstract IResult Expired(HttpContext http);

    protected IResult Refuse(IResult answer)
    {
        Interlocked.Increment(ref _refused);
        return answer;
    }

    /// <summary>
    /// Runs the "create post" endpoint: a queued fault first, else <paramref name="create"/> (which records the post
    /// with <see cref="Add"/>) and its answer after <see cref="AnswerDelay"/>.
    /// </summary>
    protected async Task<IResult> CreatePostAsync(HttpContext http, Func<IResult> create)
    {
        PostAttempts.Enqueue(DateTimeOffset.UtcNow);
        if (_faults.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case Fault.RateLimited:
                    return RateLimited(http, DateTimeOffset.UtcNow + ResetAfter);
                case Fault.ExpiredToken:
                    return Expired(http);
                case Fault.TimeoutAfterReceipt:
                    create();
                    try
                    {
                        await Task.Delay(Timeout.Infinite, http.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up waiting.
                    }

                    return Results.Empty;
                case Fault.ResetAfterReceipt:
                    create();
                    http.Abort();
                    return Results.Empty;
            }
        }

        var answer = create();
        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay);
        }

        return answer;
    }

    /// <summary>
    /// Runs the "delete post" endpoint: a queued delete fault first (the network's rate-limit or expired-token answer),
    /// else <paramref name="delete"/>, whose outcome is recorded in <see cref="Deletions"/>.
    /// </summary>
    protected IResult DeletePost(HttpContext http, string id, Func<(string Outcome, IResult Answer)> delete)
    {
        ArgumentNullException.ThrowIfNull(delete);
        if (_deleteFaults.TryDequeue(out var fault))
        {
            Deletions.Enqueue(new FakeDeletion(id, fault.ToString(), DateTimeOffset.UtcNow));
            return fault == Fault.ExpiredToken ? Expired(http) : RateLimited(http, DateTimeOffset.UtcNow + ResetAfter);
        }

        var (outcome, answer) = delete();
        Deletions.Enqueue(new FakeDeletion(id, outcome, DateTimeOffset.UtcNow));
        return answer;
    }

    /// <summary>The post with <paramref name="id"/>, if the fake holds it.</summary>
    protected FakePost? Find(string id)
    {
        lock (_posts)
        {
            return _posts.Find(p => p.Id == id);
        }
    }

    /// <summary>Takes the post with <paramref name="id"/> off the network; false when the fake does not hold it.</summary>
    protected bool Remove(string id)
    {
        lock (_posts)
        {
            return _posts.RemoveAll(p => p.Id == id) > 0;
        }
    }

    protected FakePost Add(string text, int imageBytes = 0, string? imageUrl = null, string? id = null)
    {
        lock (_posts)
        {
            var post = new FakePost(id ?? (1_000_000 + ++_made).ToString(System.Globalization.CultureInfo.InvariantCulture), text, imageBytes, imageUrl, DateTimeOffset.UtcNow);
            _posts.Add(post);
            return post;
        }
    }

    protected static async Task<int> FileLengthAsync(HttpRequest request, string field)
    {
        var form = await request.ReadFormAsync();
        return form.Files[field] is { } file ? (int)file.Length : 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
