using Microsoft.Extensions.Logging;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>Records what would be posted, in the log and on the outbox row. The default channel.</summary>
public sealed class LogChannel(ILogger<LogChannel> logger) : ISocialChannel, ISocialPostRemoval
{
    public string Type => Networks.Log.LogNetwork.Name;

    public Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        logger.LogInformation("Cross-post to log channel {Channel} for materi {MateriId}: {Text} {Link}", message.Channel, message.MateriId, message.Text, message.Link);
        return Task.FromResult(Result(message));
    }

    /// <summary>The log cannot be searched; writing a line twice harms nobody, so a lost outcome is logged again.</summary>
    public Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct) => Task.FromResult(Reconciliation.Absent);

    /// <summary>A withdrawal is written to the log as the post was.</summary>
    public Task DeleteAsync(RemovalRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        logger.LogInformation("Cross-post {RemoteId} on log channel {Channel} for materi {MateriId} withdrawn", request.Message.RemoteId, request.Message.Channel, request.Message.MateriId);
        return Task.CompletedTask;
    }

    public Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct) => Task.FromResult("log aplikasi");

    private static PostResult Result(OutboxMessage message) => new("log-" + message.Id.ToString("N"), null);
}
