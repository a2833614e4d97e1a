using System.Net;
using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.Telegram;

/// <summary>How the Bot API's answers are classified: <c>{"ok":false,"error_code","description","parameters"}</c>.</summary>
public static class TelegramErrors
{
    public static DeliveryFailureException Classify(HttpRequestMessage request, HttpResponseMessage response, JsonElement body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var code = (int?)body.Number("error_code") ?? (int)response.StatusCode;
        var description = body.Str("description") ?? response.ReasonPhrase ?? "Galat";
        var parameters = body.Obj("parameters");
        var message = $"Telegram menjawab {code}: {description}";
        if (parameters.Number("migrate_to_chat_id") is { } moved)
        {
            return new DeliveryFailureException(FailureKind.NeedsReauthorization, $"{message} (kanal pindah ke chat_id {moved}: perbarui ChatId)");
        }

        return code switch
        {
            429 => new DeliveryFailureException(FailureKind.RateLimited, message, now.AddSeconds(parameters.Number("retry_after") ?? 30)),
            401 or 403 => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            400 when description.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => new DeliveryFailureException(FailureKind.NeedsReauthorization, message),
            >= 500 => new DeliveryFailureException(SocialHttp.ServerError(request, (HttpStatusCode)code), message),
            _ => new DeliveryFailureException(FailureKind.Permanent, message),
        };
    }
}
