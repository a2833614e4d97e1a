using Microsoft.Extensions.Logging;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>Records what would be posted, in the log and on the outbox row. The default channel.</summary>
public sealed class LogChannel(ILogger<LogChannel> logger) : ISocialChannel
{
    public string Type => ChannelTypes.Log;

    public Task<PostResult> PostAsync(OutboxMessage message, ChannelOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        logger.LogInformation("Cross-post to log channel {Channel} for materi {MateriId}: {Text} {Link}", message.Channel, message.MateriId, message.Text, message.Link);
        return Task.FromResult(new PostResult("log-" + message.Id.ToString("N"), null));
    }
}
