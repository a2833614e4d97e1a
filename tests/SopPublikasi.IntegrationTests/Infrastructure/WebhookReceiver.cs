using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SopPublikasi.Module.Webhooks;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A real receiver on 127.0.0.1 that checks each delivery the way an integrator would: the Standard Webhooks
/// headers with the StandardWebhooks NuGet package (not the module's own signer), once per secret it holds, and
/// the deprecated <c>X-Sop-Signature</c> beside it. It answers 200 only when the library accepted the delivery
/// with one of its secrets, and records what arrived. It can be down (not listening) until <see cref="StartAsync"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication? _app;

    public int Port { get; } = FreePort();

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>The secrets this receiver accepts (during a rotation: the old and the new one).</summary>
    public IReadOnlyList<string> Secrets { get; set; } = [];

    /// <summary>Sets one secret; reads the first.</summary>
    public string Secret
    {
        get => Secrets.Count > 0 ? Secrets[0] : string.Empty;
        set => Secrets = [value];
    }

    public ConcurrentBag<ReceivedDelivery> Received { get; } = [];

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
            var secrets = Secrets;
            var refusals = secrets.ToDictionary(s => s, s => Refusal(s, request.Headers, body));
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var delivery = new ReceivedDelivery(
                request.Headers[WebhookSigner.IdHeader].ToString(),
                request.Headers[WebhookSigner.EventHeader].ToString(),
                refusals.Where(r => r.Value is null).Select(r => r.Key).ToList(),
                string.Join("; ", refusals.Values.OfType<string>()),
                secrets.Any(s => WebhookSigner.VerifyLegacy(s, headers.GetValueOrDefault(WebhookSigner.LegacyTimestampHeader) ?? string.Empty, body, headers.GetValueOrDefault(WebhookSigner.LegacySignatureHeader) ?? string.Empty)),
                body,
                headers);
            Received.Add(delivery);
            return delivery.SignatureValid ? Results.Ok() : Results.Unauthorized();
        });
        await _app.StartAsync();
    }

    /// <summary>
    /// Why the StandardWebhooks library refuses this delivery for this secret, or null if it accepts it. A
    /// <c>whsec_</c> secret goes to the library as it is; a secret the library cannot decode (those made before
    /// Standard Webhooks, unpadded base64url) as its UTF-8 bytes, as the README tells integrators.
    /// </summary>
    public static string? Refusal(string secret, IHeaderDictionary headers, string body)
    {
        StandardWebhook webhook;
        try
        {
            webhook = new StandardWebhook(secret);
        }
        catch (FormatException)
        {
            webhook = new StandardWebhook(Encoding.UTF8.GetBytes(secret));
        }

        try
        {
            webhook.Verify(body, headers);
            return null;
        }
        catch (WebhookVerificationException ex)
        {
            return ex.Message;
        }
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

/// <summary>
/// One delivery as it arrived: the secrets the StandardWebhooks library verified it with (and its refusals for the
/// others), whether the deprecated <c>X-Sop-Signature</c> matched one of them, the body and every header.
/// </summary>
public sealed record ReceivedDelivery(
    string DeliveryId,
    string Event,
    IReadOnlyList<string> VerifiedWith,
    string Refusals,
    bool LegacySignatureValid,
    string Body,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The StandardWebhooks library accepted it with at least one of the receiver's secrets.</summary>
    public bool SignatureValid => VerifiedWith.Count > 0;
}
