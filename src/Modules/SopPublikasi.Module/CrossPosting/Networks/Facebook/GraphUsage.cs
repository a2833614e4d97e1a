using System.Text.Json;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>
/// The usage the Graph API reports on its answers, as percentages of what the app and the Page may call:
/// <c>X-App-Usage</c> (<c>call_count</c>, <c>total_cputime</c>, <c>total_time</c>, over a rolling hour) and
/// <c>X-Business-Use-Case-Usage</c> (the same per business object, with <c>estimated_time_to_regain_access</c> in minutes).
/// </summary>
public static class GraphUsage
{
    private static readonly string[] Shares = ["call_count", "total_cputime", "total_time"];

    public static IReadOnlyList<QuotaReading> Read(HttpResponseMessage response, string network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var readings = new List<QuotaReading>();
        var hour = now.AddHours(1);
        if (Parse(SocialHttp.Header(response, "X-App-Usage")) is { ValueKind: JsonValueKind.Object } app)
        {
            readings.Add(new QuotaReading(network, $"Pemakaian API aplikasi {network}", null, null, Used(app), hour, hour, true, ExactReset: false));
        }

        if (Parse(SocialHttp.Header(response, "X-Business-Use-Case-Usage")) is { ValueKind: JsonValueKind.Object } business)
        {
            foreach (var usage in business.EnumerateObject().SelectMany(b => b.Value.Items()))
            {
                var minutes = usage.Number("estimated_time_to_regain_access") ?? 0;
                var regain = minutes > 0 ? now.AddMinutes(minutes) : hour;
                readings.Add(new QuotaReading(network, $"Pemakaian API {network} ({usage.Str("type") ?? "bisnis"})", null, null, Used(usage), regain, regain > hour ? regain : hour, true, ExactReset: minutes > 0));
            }
        }

        return readings;
    }

    private static int Used(JsonElement usage) =>
        (int)Math.Ceiling(Shares.Select(s => usage.TryGetProperty(s, out var v) && v.TryGetDouble(out var d) ? d : 0).Max());

    private static JsonElement? Parse(string? header)
    {
        try
        {
            return header is null ? null : JsonDocument.Parse(header).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // an unreadable header says nothing
        }
    }
}
