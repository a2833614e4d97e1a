using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>The cover image of a post, read from the media store.</summary>
public sealed record PostImage(Guid Id, byte[] Bytes, string ContentType, string FileName, int Width, int Height);

/// <summary>
/// One send or reconciliation: the row, its channel, and what a client may need from the app: the image, a way to
/// store a step the moment it is done (Instagram's container id), and a place to report what the network said about
/// its limits (<see cref="Observe"/>), which the processor acts on after the send.
/// </summary>
public sealed class DeliveryRequest(
    OutboxMessage message,
    ResolvedChannel channel,
    Func<CancellationToken, Task<PostImage?>> loadImage,
    Func<string, CancellationToken, Task> saveProgress)
{
    private readonly List<QuotaReading> _readings = [];

    public OutboxMessage Message { get; } = message;

    public ResolvedChannel Channel { get; } = channel;

    public Task<PostImage?> LoadImageAsync(CancellationToken ct) => loadImage(ct);

    public Task SaveProgressAsync(string progress, CancellationToken ct) => saveProgress(progress, ct);

    /// <summary>What the network said about its limits during this send, in the order it said it.</summary>
    public IReadOnlyList<QuotaReading> Readings
    {
        get
        {
            lock (_readings)
            {
                return [.. _readings];
            }
        }
    }

    public void Observe(QuotaReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        lock (_readings)
        {
            _readings.Add(reading);
        }
    }

    /// <summary>A stable key per article × channel, for networks that accept one (Mastodon's Idempotency-Key).</summary>
    public string IdempotencyKey => $"sop-{Message.MateriId:N}-{Message.Channel}";
}

/// <summary>What the network says about a post that may exist: found, surely absent, or it cannot tell.</summary>
public sealed record Reconciliation(PostResult? Found, bool CanTell, string? Note = null)
{
    public static Reconciliation Absent { get; } = new(null, true);

    public static Reconciliation Exists(PostResult result) => new(result, true);

    public static Reconciliation Unknown(string note) => new(null, false, note);
}
