using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The OpenAPI document lists every route with its request and response schemas. The document is also written to
/// artifacts/openapi-v1.json, where `.ci/run` validates it with @apidevtools/swagger-parser.
/// </summary>
public class OpenApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, string?, string[]> Routes() => new()
    {
        { "/api/v1/berita", "get", null, ["200", "400"] },
        { "/api/v1/berita/{slug}", "get", null, ["200", "404"] },
        { "/api/v1/kategori", "get", null, ["200"] },
        { "/api/v1/informasi-publik", "get", null, ["200"] },
        { "/api/v1/disposisi", "post", "application/json", ["201", "401", "403"] },
        { "/api/v1/tugas", "get", null, ["200", "401"] },
        { "/api/v1/materi/{id}", "get", null, ["200", "401"] },
        { "/api/v1/materi/{id}", "put", "application/json", ["200", "401"] },
        { "/api/v1/materi/{id}/transisi", "post", "application/json", ["200", "401"] },
        { "/api/v1/materi/{id}/crosspost", "get", null, ["200", "401"] },
        { "/api/v1/alur", "get", null, ["200", "401"] },
        { "/api/v1/media", "post", "multipart/form-data", ["201", "401", "415"] },
        { "/api/v1/media/{id}", "get", null, ["200", "401", "404"] },
        { "/api/v1/media/{id}", "patch", "application/json", ["200", "401", "404", "422"] },
        { "/api/v1/materi/{id}/autosimpan", "put", "application/json", ["200", "400", "401", "403", "404"] },
        { "/api/v1/materi/{id}/autosimpan", "get", null, ["200", "401", "404"] },
        { "/api/v1/materi/{id}/versi/{versi}/pulihkan", "post", null, ["201", "401", "403", "404", "409", "412", "422", "428"] },
        { "/api/v1/permohonan-informasi", "post", "application/json", ["201", "400", "422", "429"] },
        { "/api/v1/permohonan-informasi/lacak", "get", null, ["200", "400", "404", "429"] },
        { "/api/v1/permohonan-informasi/keberatan", "post", "application/json", ["201", "400", "404", "409", "422", "429"] },
        { "/api/v1/layanan/permohonan", "get", null, ["200", "400", "401", "403"] },
        { "/api/v1/layanan/permohonan", "post", "application/json", ["201", "401", "403", "422"] },
        { "/api/v1/layanan/permohonan/{id}", "get", null, ["200", "401", "403", "404"] },
        { "/api/v1/layanan/permohonan/{id}/transisi", "post", "application/json", ["200", "401", "403", "404", "409", "412", "422", "428"] },
        { "/api/v1/layanan/keberatan", "get", null, ["200", "400", "401", "403"] },
        { "/api/v1/layanan/keberatan/{id}", "get", null, ["200", "401", "403", "404"] },
        { "/api/v1/layanan/keberatan/{id}/transisi", "post", "application/json", ["200", "401", "403", "404", "409", "412", "422", "428"] },
        { "/api/v1/layanan/laporan/{tahun}", "get", null, ["200", "401", "403", "404", "422"] },
        { "/media/{id}", "get", null, ["200", "206", "304", "404"] },
        { "/media/{id}/{width}.{format}", "get", null, ["200", "206", "304", "404"] },
    };

    private async Task<JsonElement> DocumentAsync()
    {
        var json = await app.Anonymous().Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        await File.WriteAllTextAsync(Repo.Artifact("openapi-v1.json"), json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Document_Route_HasRequestAndResponseSchemas(string path, string method, string? requestType, string[] statuses)
    {
        var doc = await DocumentAsync();

        Assert.True(doc.GetProperty("paths").TryGetProperty(path, out var item), $"{path} missing");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} missing");
        if (requestType is not null)
        {
            var content = operation.GetProperty("requestBody").GetProperty("content");
            Assert.True(content.TryGetProperty(requestType, out var body), $"{method} {path}: no {requestType} body");
            Assert.True(body.TryGetProperty("schema", out _), $"{method} {path}: request has no schema");
        }

        var responses = operation.GetProperty("responses");
        foreach (var status in statuses)
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path}: no {status} response");
        }

        var success = responses.EnumerateObject().First(r => r.Name.StartsWith('2')).Value;
        Assert.True(success.GetProperty("content").EnumerateObject().First().Value.TryGetProperty("schema", out _), $"{method} {path}: success has no schema");
    }

    [Fact]
    public async Task Document_DeclaresTheBearerTokenScheme()
    {
        var doc = await DocumentAsync();

        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("token").GetProperty("scheme").GetString());
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_TokenScheme_OnTheOperationsThatNeedAToken_AndOnNoOther()
    {
        var doc = await DocumentAsync();

        var secured = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(r => r.TryGetProperty("token", out _)))
                {
                    secured.Add($"{operation.Name} {path.Name}");
                }
            }
        }

        string[] expected =
        [
            "post /api/v1/disposisi", "get /api/v1/tugas", "get /api/v1/materi/{id}", "put /api/v1/materi/{id}",
            "post /api/v1/materi/{id}/transisi", "get /api/v1/materi/{id}/crosspost", "get /api/v1/alur",
            "post /api/v1/media", "get /api/v1/media/{id}",
            "get /api/v1/materi", "get /api/v1/materi/{id}/petugas", "get /api/v1/klasifikasi", "get /api/v1/media",
            "get /api/v1/materi/{id}/pratinjau", "get /api/v1/materi/{id}/tautan-pratinjau", "post /api/v1/materi/{id}/tautan-pratinjau",
            "get /api/v1/materi/{id}/tautan-pratinjau/{tautanId}", "delete /api/v1/materi/{id}/tautan-pratinjau/{tautanId}",
            "get /api/v1/informasi-berkala/perlu-diperbarui", "get /api/v1/layanan/laporan/{tahun}",
            "put /api/v1/materi/{id}/autosimpan", "get /api/v1/materi/{id}/autosimpan", "delete /api/v1/materi/{id}/autosimpan",
            "post /api/v1/materi/{id}/versi/{versi}/pulihkan", "patch /api/v1/media/{id}",
            "get /api/v1/layanan/permohonan", "post /api/v1/layanan/permohonan", "get /api/v1/layanan/permohonan/{id}",
            "post /api/v1/layanan/permohonan/{id}/transisi", "get /api/v1/layanan/keberatan", "get /api/v1/layanan/keberatan/{id}",
            "post /api/v1/layanan/keberatan/{id}/transisi",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), secured.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_BeritaQuery_TellsTheLimitsTheCodeKeeps()
    {
        var doc = await DocumentAsync();

        var parameters = doc.GetProperty("paths").GetProperty("/api/v1/berita").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal(1, parameters["pageSize"].GetProperty("minimum").GetInt32());
        Assert.Equal(50, parameters["pageSize"].GetProperty("maximum").GetInt32());
        Assert.Equal(1, parameters["page"].GetProperty("minimum").GetInt32());
        Assert.Equal("date", parameters["from"].GetProperty("format").GetString());
        Assert.Equal("date", parameters["to"].GetProperty("format").GetString());
        Assert.Equal(["berkala", "serta-merta", "setiap-saat"], parameters["klasifikasi"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(200, parameters["q"].GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task Reference_ScalarPageServed()
    {
        var page = await app.Anonymous().GetAsync("/scalar/v1");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("SopPublikasi API", page.Html, StringComparison.Ordinal);
    }
}
