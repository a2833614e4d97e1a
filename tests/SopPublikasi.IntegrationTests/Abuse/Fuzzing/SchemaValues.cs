using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.OpenApi;

namespace SopPublikasi.IntegrationTests.Abuse.Fuzzing;

/// <summary>
/// Values for a schema of the document, drawn from CsCheck generators with one PCG (so a seed replays them): valid
/// ones (type, format, enum, length and range as the schema says; names in <see cref="Known"/> take seeded values
/// part of the time) and invalid ones (wrong type, out of range, junk).
/// </summary>
/// <remarks>Names in <paramref name="closed"/> take only their known values: what is valid there is data of the app (the
/// instruction checklist, say), which a schema can describe but not list.</remarks>
public sealed class SchemaValues(PCG pcg, IReadOnlyDictionary<string, string[]> known, IReadOnlySet<string> closed)
{
    private static readonly Gen<char> Letters = Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.éü"];
    private static readonly Gen<char> Hostile = Gen.Char["<>\"'&;/\\%{}[]\u0000\u202e\u200b\ud83d\ude00 aZ9\n\t"];

    public IReadOnlyDictionary<string, string[]> Known => known;

    public T Draw<T>(Gen<T> gen)
    {
        ArgumentNullException.ThrowIfNull(gen);
        return gen.Generate(pcg, null!, out _);
    }

    public bool Chance(int percent) => Draw(Gen.Int[0, 99]) < percent;

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Draw(Gen.Int[0, items.Count - 1])];
    }

    /// <summary>A valid value of the schema; <paramref name="name"/> is the property or parameter it is for.</summary>
    public JsonNode? Valid(IOpenApiSchema schema, string name, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var type = schema.Type ?? 0;
        if (schema.Enum is { Count: > 0 } values)
        {
            return Pick(values.ToArray())?.DeepClone();
        }

        if (type.HasFlag(JsonSchemaType.Null) && Chance(15))
        {
            return null;
        }

        if (!type.HasFlag(JsonSchemaType.Array) && known.TryGetValue(name, out var seeded) && seeded.Length > 0 && (closed.Contains(name) || Chance(70)))
        {
            var value = Pick(seeded);
            return type.HasFlag(JsonSchemaType.Integer) && int.TryParse(value, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
        }

        if (type.HasFlag(JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
        {
            var obj = new JsonObject();
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (schema.Required?.Contains(property) == true || (depth < 3 && Chance(50)))
                {
                    obj[property] = Valid(propertySchema, property, depth + 1);
                }
            }

            return obj;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            var array = new JsonArray();
            var count = Draw(Gen.Int[schema.MinItems ?? 0, Math.Min(schema.MaxItems ?? 3, 3)]);
            for (var i = 0; i < count && schema.Items is not null; i++)
            {
                array.Add(Valid(schema.Items, name, depth + 1));
            }

            return array;
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var min = Bound(schema.Minimum, -1000);
            var max = Bound(schema.Maximum, 1000);
            return JsonValue.Create(Draw(Gen.Int[(int)Math.Max(min, int.MinValue), (int)Math.Min(max, int.MaxValue)]));
        }

        if (type.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(Draw(Gen.Double[Bound(schema.Minimum, -1000), Bound(schema.Maximum, 1000)]));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(Draw(Gen.Bool));
        }

        return JsonValue.Create(ValidString(schema));
    }

    private string ValidString(IOpenApiSchema schema)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var text = AnyString(schema);
            if (schema.Pattern is null || System.Text.RegularExpressions.Regex.IsMatch(text, schema.Pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return text;
            }
        }

        throw new InvalidOperationException($"No string of the pattern {schema.Pattern} drawn in 20 tries: give its name a known value.");
    }

    private string AnyString(IOpenApiSchema schema) => schema.Format switch
    {
        "date" => Draw(Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "date-time" => Draw(Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)]).ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture),
        "uuid" => Draw(Gen.Guid).ToString(),
        _ => Draw(Gen.String[Letters, Math.Max(schema.MinLength ?? 0, 1), Math.Min(schema.MaxLength ?? 40, 40)]) is var s && s.Length >= (schema.MinLength ?? 0) ? s : s.PadRight(schema.MinLength ?? 0, 'a'),
    };

    /// <summary>A value the schema refuses: of another type, beyond its range or length, or not of its format or enum.</summary>
    public JsonNode? Invalid(IOpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var type = schema.Type ?? 0;
        var options = new List<Func<JsonNode?>>();
        if (!type.HasFlag(JsonSchemaType.Null))
        {
            options.Add(() => null);
        }

        if (!type.HasFlag(JsonSchemaType.String))
        {
            options.Add(() => JsonValue.Create(Draw(Gen.String[Hostile, 0, 20])));
        }

        if (!type.HasFlag(JsonSchemaType.Object))
        {
            options.Add(() => new JsonObject { ["x"] = 1 });
        }

        if (!type.HasFlag(JsonSchemaType.Array))
        {
            options.Add(() => new JsonArray(1, "dua"));
        }

        if (!type.HasFlag(JsonSchemaType.Integer) && !type.HasFlag(JsonSchemaType.Number))
        {
            options.Add(() => JsonValue.Create(Draw(Gen.Long)));
        }

        if (schema.MaxLength is { } max)
        {
            options.Add(() => JsonValue.Create(new string('x', max + Draw(Gen.Int[1, 50]))));
        }

        if (schema.MinLength is > 0 and var min)
        {
            options.Add(() => JsonValue.Create(new string('x', Draw(Gen.Int[0, min - 1]))));
        }

        if (schema.Enum is { Count: > 0 })
        {
            options.Add(() => JsonValue.Create("bukan-" + Draw(Gen.String.AlphaNumeric)));
        }

        if (schema.Format is "date" or "uuid" or "date-time")
        {
            options.Add(() => JsonValue.Create(Pick(["2026-13-45", "kemarin", "0000-00-00", "2026-02-30", "10000-01-01", "not-a-guid", ""])));
        }

        if (schema.Minimum is not null)
        {
            options.Add(() => JsonValue.Create(Bound(schema.Minimum, 0) - Draw(Gen.Int[1, 1000])));
        }

        if (schema.Maximum is not null)
        {
            options.Add(() => JsonValue.Create(Bound(schema.Maximum, 0) + Draw(Gen.Int[1, 1000])));
        }

        return Pick(options)();
    }

    /// <summary>Text for a query or path parameter that the schema refuses, or that is junk of any kind.</summary>
    public string InvalidText(IOpenApiSchema schema) => Invalid(schema) switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var node => node.ToJsonString(),
    };

    private static double Bound(string? value, double fallback) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) ? bound : fallback;
}
