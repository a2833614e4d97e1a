using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace SopPublikasi.IntegrationTests.Abuse.Fuzzing;

/// <summary>One operation of the document: its path template, method and description.</summary>
public sealed record FuzzOperation(string Path, HttpMethod Method, OpenApiOperation Operation)
{
    public string Name => $"{Method.Method} {Path}";

    /// <summary>The operation says it needs the token scheme.</summary>
    public bool NeedsToken => Operation.Security is { Count: > 0 } security && security.Any(r => r.Keys.Any(k => k.Reference.Id == "token"));

    public IEnumerable<IOpenApiParameter> Parameters(ParameterLocation where) =>
        (Operation.Parameters ?? []).Where(p => p.In == where);
}

/// <summary>
/// The OpenAPI document read with Microsoft.OpenApi (operations, parameters, responses), and its schemas handed to
/// JsonSchema.Net (2020-12, as OpenAPI 3.1 uses) to check response bodies.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly JsonObject _raw;
    private readonly Dictionary<string, JsonSchema> _schemas = [];

    private OpenApiContract(OpenApiDocument document, JsonObject raw)
    {
        Document = document;
        _raw = raw;
    }

    public OpenApiDocument Document { get; }

    public static OpenApiContract Parse(string json)
    {
        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
        if (read.Document is null || read.Diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException("The OpenAPI document does not read: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        }

        return new OpenApiContract(read.Document, JsonNode.Parse(json)!.AsObject());
    }

    /// <summary>Every operation, in a fixed order (path, then method), so that a seed replays the same run.</summary>
    public IReadOnlyList<FuzzOperation> Operations() =>
        [.. Document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => (p.Value.Operations ?? []).OrderBy(o => o.Key.Method, StringComparer.Ordinal).Select(o => new FuzzOperation(p.Key, o.Key, o.Value)))];

    /// <summary>What is wrong with this answer by the document: status, content type, body. Empty: it conforms.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(FuzzOperation operation, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(response);
        var problems = new List<string>();
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            problems.Add($"server error {status}: {Preview(body)}");
        }

        var responses = operation.Operation.Responses ?? [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(key, out var documented) && !responses.TryGetValue($"{status / 100}XX", out documented) && !responses.TryGetValue("default", out documented))
        {
            problems.Add($"status {status} is not documented (documented: {string.Join(", ", responses.Keys)}); content type {mediaType ?? "none"}: {Preview(body)}");
            return problems;
        }

        var content = documented.Content ?? new Dictionary<string, OpenApiMediaType>();
        if (content.Count == 0)
        {
            if (body.Length > 0)
            {
                problems.Add($"status {status} is documented without a body, but the answer has {body.Length} bytes of {mediaType ?? "no content type"}");
            }

            return problems;
        }

        if (body.Length == 0)
        {
            problems.Add($"status {status} is documented with {string.Join(", ", content.Keys)}, but the answer has no body");
            return problems;
        }

        if (mediaType is null || !content.ContainsKey(mediaType))
        {
            problems.Add($"status {status}: content type {mediaType ?? "none"} is not documented (documented: {string.Join(", ", content.Keys)})");
            return problems;
        }

        if (IsJson(mediaType))
        {
            JsonElement json;
            try
            {
                json = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                problems.Add($"status {status}: {mediaType} body is not JSON: {Preview(body)}");
                return problems;
            }

            var schema = SchemaOf(operation, key, mediaType);
            if (schema is not null)
            {
                var result = schema.Evaluate(json, Evaluation);
                if (!result.IsValid)
                {
                    var errors = (result.Details ?? [])
                        .Where(d => d.Errors is { Count: > 0 })
                        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
                        .Take(5);
                    problems.Add($"status {status}: body does not match the documented schema: {string.Join("; ", errors)}; body: {Preview(body)}");
                }
            }
        }

        return problems;
    }

    public static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>The response schema as a standalone 2020-12 schema: the document's components become its $defs.</summary>
    private JsonSchema? SchemaOf(FuzzOperation operation, string status, string mediaType)
    {
        var cacheKey = $"{operation.Name} {status} {mediaType}";
        if (_schemas.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var node = _raw["paths"]?[operation.Path]?[operation.Method.Method.ToLowerInvariant()]?["responses"]?[status]?["content"]?[mediaType]?["schema"];
        if (node is null)
        {
            return null;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://sop.test/{Uri.EscapeDataString(cacheKey)}",
            ["$defs"] = _raw["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
            ["allOf"] = new JsonArray(node.DeepClone()),
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text);
        _schemas[cacheKey] = schema;
        return schema;
    }

    public static string Preview(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Any(b => b == 0) || (body.Length > 4 && (body[0] == 0xFF || body.AsSpan(0, 4).SequenceEqual("RIFF"u8) || body[0] == 0x89)))
        {
            return $"({body.Length} bytes of binary)";
        }

        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
        return body.Length > 300 ? text + "…" : text;
    }

    public static string Describe(HttpRequestMessage request, string? body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var auth = request.Headers.Authorization is AuthenticationHeaderValue a ? $" [{a.Scheme} {(a.Parameter?.Length > 12 ? a.Parameter[..12] + "…" : a.Parameter)}]" : " [no token]";
        var type = request.Content?.Headers.ContentType?.ToString();
        return $"{request.Method} {request.RequestUri}{auth}{(type is null ? "" : " " + type)}{(body is null ? "" : " " + (body.Length > 300 ? body[..300] + "…" : body))}";
    }
}
