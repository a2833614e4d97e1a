using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SopPublikasi.Module.Common;

/// <summary>
/// What the OpenAPI document cannot learn from a handler's signature, said beside the endpoint that keeps it: the
/// answers of a file route, the limits of query parameters, the requiredness of input fields.
/// </summary>
public static class OpenApiDescriptions
{
    /// <summary>
    /// A file route (a physical file with range processing): 200 the whole file, 206 a range of it, 304 unchanged
    /// since the client's copy, 404 unknown or not for this caller, 412 a precondition that failed, 416 a range outside
    /// the file; only 200 and 206 carry a body, of one of <paramref name="contentTypes"/>.
    /// </summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses = new OpenApiResponses
            {
                ["200"] = Binary("Berkas.", contentTypes),
                ["206"] = Binary("Sebagian berkas (header Range).", contentTypes),
                ["304"] = new OpenApiResponse { Description = "Tidak berubah sejak salinan klien (If-None-Match, If-Modified-Since)." },
                ["404"] = new OpenApiResponse { Description = "Tidak ada, atau tidak boleh dilihat pemanggil (berkas materi yang belum terbit)." },
                ["412"] = new OpenApiResponse { Description = "Syarat If-Match atau If-Unmodified-Since tidak terpenuhi." },
                ["416"] = new OpenApiResponse { Description = "Range di luar berkas." },
            };
            return Task.CompletedTask;
        });
    }

    private static OpenApiResponse Binary(string description, string[] contentTypes) => new()
    {
        Description = description,
        Content = contentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
    };

    /// <summary>Sets limits on a query or path parameter's schema (numbers as the invariant culture writes them).</summary>
    public static void Limit(this OpenApiOperation operation, string parameter, Action<OpenApiSchema> limit)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limit);
        var schema = operation.Parameters?.FirstOrDefault(p => p.Name == parameter)?.Schema as OpenApiSchema
            ?? throw new InvalidOperationException($"The operation {operation.OperationId} has no parameter {parameter} with an inline schema.");
        limit(schema);
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static List<JsonNode> Enum(params string[] values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    /// <summary>
    /// A schema transformer: a property with [Required] is neither null nor (a string) empty or blank in the schema,
    /// as the data annotations that the endpoints run refuse both.
    /// </summary>
    public static Task RequiredIsNotNull(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(RequiredAttribute), true).Length is not > 0
                || !schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema target)
            {
                continue;
            }

            target.Type &= ~JsonSchemaType.Null;
            if (target.Type?.HasFlag(JsonSchemaType.String) == true && target.Format is null && target.Pattern is null)
            {
                target.MinLength = Math.Max(target.MinLength ?? 0, 1);
                target.Pattern = "\\S"; // blank text counts as missing
            }

            schema.Required ??= new HashSet<string>();
            schema.Required.Add(property.Name);
        }

        return Task.CompletedTask;
    }
}
