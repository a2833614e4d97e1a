using System.Net;
using System.Text.Json;
using Polly.Timeout;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>
/// The transport failures every network shares. A POST whose answer was lost (timeout, reset after the request
/// left) may have been carried out, so it is uncertain; a GET, or a connection never made, is merely transient.
/// </summary>
public static class SocialHttp
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string network, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        var safe = request.Method == HttpMethod.Get;
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (HttpRequestException ex) when (Security.Outbound.PrivateTargetException.In(ex) is { } refused)
        {
            // A configuration the server will not follow: pause the channel and tell the administrators.
            throw new DeliveryFailureException(FailureKind.NeedsReauthorization, refused.Message, null, ex);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new DeliveryFailureException(FailureKind.Transient, $"Tidak dapat terhubung ke {network}.", null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new DeliveryFailureException(safe ? FailureKind.Transient : FailureKind.Uncertain, $"Sambungan ke {network} terputus sebelum jawabannya diterima.", null, ex);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new DeliveryFailureException(safe ? FailureKind.Transient : FailureKind.Uncertain, $"{network} tidak menjawab dalam batas waktu.", null, ex);
        }
    }

    /// <summary>The body as JSON; an empty element when the body is not JSON (an HTML error page, say).</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static string? Header(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
    }

    /// <summary>A 5xx answer: 503 means the request was not handled; any other may have been after the post was made.</summary>
    public static FailureKind ServerError(HttpRequestMessage request, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == HttpMethod.Get || status == HttpStatusCode.ServiceUnavailable ? FailureKind.Transient : FailureKind.Uncertain;
    }

    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    public static JsonElement Obj(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static long? Number(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];
}
