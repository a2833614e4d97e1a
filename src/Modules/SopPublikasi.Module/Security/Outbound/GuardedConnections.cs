using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.Security.Outbound;

/// <summary>
/// The HTTP handler for requests the server sends on its own to addresses an administrator configured (webhooks,
/// social networks): it resolves the name once, refuses when an address is not public (unless
/// <see cref="OutboundOptions.AllowPrivateNetworkTargets"/>), connects to the address it checked (a second lookup
/// cannot swap in another), and never follows a redirect (which would carry the request, and a webhook's signature,
/// to an address nobody checked).
/// </summary>
public static class GuardedConnections
{
    public static IHttpClientBuilder UseGuardedConnections(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigurePrimaryHttpMessageHandler(sp => Handler(sp.GetRequiredService<IOptionsMonitor<OutboundOptions>>()));
    }

    public static SocketsHttpHandler Handler(IOptionsMonitor<OutboundOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5), // names are looked up again now and then
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.CurrentValue.AllowPrivateNetworkTargets, ct),
        };
    }

    /// <summary>Connects to the first address of <paramref name="endpoint"/> that may be reached.</summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        if (!allowPrivate && addresses.FirstOrDefault(a => !NetworkAddresses.IsPublic(a)) is { } blocked)
        {
            // One private answer is enough to refuse: a name that also points inside is not a public target.
            throw new PrivateTargetException($"Alamat {endpoint.Host} menunjuk ke jaringan lokal atau privat ({blocked}); server tidak mengirim ke sana.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses.Where(a => NetworkAddresses.IsIp(a.AddressFamily)).ToArray(), endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A connection refused before it was made: the target is not on the public internet.</summary>
public sealed class PrivateTargetException : HttpRequestException
{
    public PrivateTargetException()
    {
    }

    public PrivateTargetException(string message)
        : base(HttpRequestError.ConnectionError, message)
    {
    }

    public PrivateTargetException(string message, Exception inner)
        : base(HttpRequestError.ConnectionError, message, inner)
    {
    }

    /// <summary>The refusal among <paramref name="exception"/> and its inner exceptions, if any.</summary>
    public static PrivateTargetException? In(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PrivateTargetException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
