using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP forwarder on 127.0.0.1 between the app and its database server, so that a test can take the network away:
/// <see cref="Cut"/> resets every live connection and stops listening (new connections are refused), as a dead
/// link or a restarting server does; <see cref="Resume"/> listens again on the same port.
/// </summary>
public sealed class TcpForwarder : IDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Server)> _links = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;
    private int _accepted;
    private int _disposed;

    public TcpForwarder(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        Listen(0);
    }

    public int Port { get; private set; }

    /// <summary>Connections forwarded since the start (to check that the app really goes through here).</summary>
    public int Accepted => _accepted;

    /// <summary>Resets every live connection and refuses new ones until <see cref="Resume"/>.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _accepting?.Cancel();
            _listener?.Stop();
            _listener = null;
        }

        foreach (var (id, link) in _links)
        {
            Reset(link.Client);
            Reset(link.Server);
            _links.TryRemove(id, out _);
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            if (_listener is null)
            {
                Listen(Port);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Cut();
        _accepting?.Dispose();
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _accepting?.Dispose();
        _accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, _accepting.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            _ = ForwardAsync(client, ct);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var server = new TcpClient { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, ct);
            _links[id] = (client, server);
            if (ct.IsCancellationRequested)
            {
                return; // cut while connecting
            }

            var up = client.GetStream().CopyToAsync(server.GetStream(), ct);
            var down = server.GetStream().CopyToAsync(client.GetStream(), ct);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away, or the link was cut.
        }
        finally
        {
            _links.TryRemove(id, out _);
            Reset(client);
            Reset(server);
        }
    }

    /// <summary>Closes with a TCP reset (linger 0), as a broken link looks to the peer.</summary>
    private static void Reset(TcpClient tcp)
    {
        // Cut() and a link's own pump can both reset one connection: the TcpClient's socket is null once the other
        // has disposed it.
        try
        {
            if (tcp.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        tcp.Dispose();
    }
}
