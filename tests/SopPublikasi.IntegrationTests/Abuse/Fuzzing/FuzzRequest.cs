using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.OpenApi;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Abuse.Fuzzing;

/// <summary>One generated request for an operation: valid by its schemas, or broken in one way (the kind it returns).</summary>
public static class FuzzRequest
{
    private static readonly string[] JunkBodies = ["{", "[1,2", "null", "\"teks\"", "[]", "{\"judul\":}", "<xml/>", "{}{}", "\u0000", "{\"a\":1e999999}"];

    public static (HttpRequestMessage Request, string Kind, string? Body) Build(FuzzOperation operation, SchemaValues values, bool valid, FuzzWorld world)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(world);
        var kinds = new List<string>();
        if (!valid)
        {
            if (operation.Parameters(ParameterLocation.Path).Any())
            {
                kinds.Add("path");
            }

            if (operation.Parameters(ParameterLocation.Query).Any())
            {
                kinds.Add("query");
            }

            if (operation.Parameters(ParameterLocation.Header).Any())
            {
                kinds.Add("header");
            }

            var content = operation.Operation.RequestBody?.Content;
            if (content?.ContainsKey("application/json") == true)
            {
                kinds.AddRange(["junk-json", "wrong-type", "missing-required", "content-type", "no-body"]);
            }

            if (content?.ContainsKey("multipart/form-data") == true)
            {
                kinds.AddRange(["junk-file", "wrong-field", "empty-file", "content-type", "no-body"]);
            }

            if (kinds.Count == 0)
            {
                kinds.Add("unknown-query"); // nothing to break but the query string
            }
        }

        var kind = valid ? "valid" : values.Pick(kinds);
        var path = operation.Path;
        foreach (var parameter in operation.Parameters(ParameterLocation.Path))
        {
            var text = kind == "path" && values.Chance(60) ? values.InvalidText(parameter.Schema!) : PathValue(operation, parameter, values, world);
            // The test host refuses a NUL in the path before the app sees it (Kestrel answers 400 itself): leave it out; an
            // empty segment would name another route.
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(text.Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 } segment ? segment : "_"), StringComparison.Ordinal);
        }

        var query = new List<string>();
        var queryParameters = operation.Parameters(ParameterLocation.Query).ToList();
        var broken = kind == "query" ? values.Pick(queryParameters) : null;
        foreach (var parameter in queryParameters)
        {
            if (parameter == broken)
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(values.InvalidText(parameter.Schema!))}");
            }
            else if (parameter.Required || values.Chance(40))
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(Text(values.Valid(parameter.Schema!, parameter.Name!)))}");
            }
        }

        if (kind == "unknown-query")
        {
            query.Add($"{values.Draw(Gen.String.AlphaNumeric)}={Uri.EscapeDataString(values.Draw(Gen.String))}");
        }

        var uri = path + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        var request = new HttpRequestMessage(operation.Method, new Uri(uri, UriKind.Relative));
        foreach (var parameter in operation.Parameters(ParameterLocation.Header))
        {
            if (kind == "header")
            {
                request.Headers.TryAddWithoutValidation(parameter.Name!, values.Pick(["", "bukan-etag", "\"-1\"", "W/\"x\"", "\"99999999999\""]));
            }
            else if (parameter.Name == "If-Match" && (parameter.Required || values.Chance(80)))
            {
                request.Headers.TryAddWithoutValidation(parameter.Name!, $"\"{values.Draw(Gen.Int[0, 3])}\"");
            }
            else if (parameter.Required && parameter.Name != "If-Match")
            {
                // Another required header (the PPID desk's X-Kode-Lacak): a short ASCII word, as a client sends one.
                var word = "K" + values.Draw(Gen.String.AlphaNumeric);
                request.Headers.TryAddWithoutValidation(parameter.Name!, word[..Math.Min(word.Length, 20)]);
            }
        }

        string? body = null;
        var bodyContent = operation.Operation.RequestBody?.Content;
        if (bodyContent?.TryGetValue("application/json", out var json) == true && json.Schema is { } schema)
        {
            var node = values.Valid(schema, "body");
            if (kind == "wrong-type" && node is JsonObject wrong && schema.Properties is { Count: > 0 } properties)
            {
                var (name, property) = values.Pick(properties.ToArray());
                wrong[name] = values.Invalid(property);
            }
            else if (kind == "missing-required" && node is JsonObject missing && schema.Required is { Count: > 0 } required)
            {
                missing.Remove(values.Pick(required.ToArray()));
            }

            body = kind == "junk-json" ? values.Pick(JunkBodies) : node?.ToJsonString() ?? "null";
            if (kind != "no-body")
            {
                request.Content = new StringContent(body, Encoding.UTF8, kind == "content-type" ? values.Pick(["text/plain", "application/xml", "application/x-www-form-urlencoded"]) : "application/json");
            }
            else
            {
                body = null;
            }
        }
        else if (bodyContent?.ContainsKey("multipart/form-data") == true && kind != "no-body")
        {
            if (kind == "content-type")
            {
                body = "{\"berkas\":\"bukan berkas\"}";
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            else
            {
                (byte[] bytes, string name) = kind switch
                {
                    "junk-file" => (values.Draw(Gen.Byte.Array[1, 2048]), values.Pick(["a.jpg", "b.pdf", "c.exe", "..\\..\\x.png", "d\u202Efdp.hta"])),
                    "empty-file" => (Array.Empty<byte>(), "kosong.jpg"),
                    _ => values.Chance(50) ? (Photos.Jpeg(values.Draw(Gen.Int[1, 64]), values.Draw(Gen.Int[1, 64])), "foto.jpg") : (Sop.Pdf(), "surat.pdf"),
                };
                var multipart = new MultipartFormDataContent { { new ByteArrayContent(bytes), kind == "wrong-field" ? "file" : "berkas", name } };
                request.Content = multipart;
                body = $"multipart {(kind == "wrong-field" ? "file" : "berkas")}={name} ({bytes.Length} bytes)";
            }
        }

        return (request, kind, body);
    }

    /// <summary>A path value for a valid call: an id of a seeded item or file most of the time, else a generated one.</summary>
    private static string PathValue(FuzzOperation operation, IOpenApiParameter parameter, SchemaValues values, FuzzWorld world)
    {
        if (parameter.Name == "id")
        {
            var seeded = operation.Path.Contains("/media", StringComparison.Ordinal) ? world.MediaIds : world.MateriIds;
            if (values.Chance(80))
            {
                return values.Pick(seeded);
            }
        }

        return Text(values.Valid(parameter.Schema!, parameter.Name!));
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };
}
