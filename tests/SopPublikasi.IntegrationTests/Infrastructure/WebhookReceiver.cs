using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A real receiver on 127.0.0.1 that checks each delivery's signature the way a subscriber would, and records
/// what arrived. It can be down (not listening) until <see cref="StartAsync"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication? _app;

    public int Port { get; } = FreePort();

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public string Secret { get; set; } = string.Empty;

    public ConcurrentBag<(string DeliveryId, string Event, bool SignatureValid, string Body)> Received { get; } = [];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var valid = WebhookSigner.Verify(
                Secret,
                request.Headers[WebhookSigner.TimestampHeader].ToString(),
                body,
                request.Headers[WebhookSigner.SignatureHeader].ToString());
            Received.Add((request.Headers[WebhookSigner.DeliveryHeader].ToString(), request.Headers[WebhookSigner.EventHeader].ToString(), valid, body));
            return valid ? Results.Ok() : Results.Unauthorized();
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
