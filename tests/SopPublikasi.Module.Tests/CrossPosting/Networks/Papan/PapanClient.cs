using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks.Papan;

/// <summary>The board's client: one POST per announcement, through its typed HttpClient (the outbox owns retries).</summary>
public sealed class PapanClient(HttpClient http) : ISocialChannel
{
    public string Type => PapanNetwork.Name;

    public async Task<PostResult> PostAsync(DeliveryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(channel.Root("https://papan.invalid/"), $"papan/{channel.Credential("IdPapan")}/pengumuman"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { teks = request.Message.Text }), Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.Credential("KunciPapan"));
        using var response = await SocialHttp.SendAsync(http, message, PapanNetwork.Name, ct);
        var body = await SocialHttp.JsonAsync(response, ct);
        return response.StatusCode switch
        {
            HttpStatusCode.Created when body.Str("id") is { } id => new PostResult(id, $"https://papan.invalid/p/{id}"),
            HttpStatusCode.Unauthorized => throw new DeliveryFailureException(FailureKind.NeedsReauthorization, "Papan menolak kunci."),
            _ => throw new DeliveryFailureException(FailureKind.Permanent, $"Papan menjawab {(int)response.StatusCode}."),
        };
    }

    public Task<Reconciliation> FindAsync(DeliveryRequest request, CancellationToken ct) => Task.FromResult(Reconciliation.Absent);

    public Task<string> CheckAsync(ResolvedChannel channel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Task.FromResult($"papan {channel.Credential("IdPapan")}");
    }
}

/// <summary>What the board received: (papan, key, text) per announcement.</summary>
public sealed class PapanBoard
{
    public ConcurrentQueue<(string Path, string? Key, string Text)> Received { get; } = new();
}

/// <summary>Stands in for the board's server behind the typed client: records the announcement, answers 201 with an id.</summary>
public sealed class PapanHandler(PapanBoard board) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken)).RootElement;
        board.Received.Enqueue((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Parameter, json.GetProperty("teks").GetString()!));
        return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent($$"""{"id":"{{board.Received.Count}}"}""", Encoding.UTF8, "application/json") };
    }
}
