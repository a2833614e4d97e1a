using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.OpenApi;
using SopPublikasi.IntegrationTests.Abuse.Fuzzing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using Xunit.Abstractions;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// The API fuzzing run of issue 21: the document at /openapi/v1.json drives it. Every operation is called with
/// inputs generated from its schemas (CsCheck, one PCG per operation from a fixed seed), valid and invalid (wrong
/// types, out of range, missing fields, junk JSON, wrong content type, junk path and query values), each with a valid
/// token, with none and with a junk one. It fails on any 5xx, on a status, content type or JSON body the document does
/// not give for that operation, and on a Location that the same credentials cannot fetch. Replay a failure with
/// SOP_FUZZ_SEED set to the seed its message prints.
/// </summary>
public sealed class ApiFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const ulong DefaultSeed = 20261206;
    private const int ValidWithToken = 10;
    private const int InvalidWithToken = 10;
    private const int PerOtherCredential = 3;
    private static readonly string[] TokenHolders = ["ppid", "sekcam", "staf", "verifikator", "admin"];

    private static readonly HashSet<string> Closed = ["instruksi", "kategoriId"];

    private readonly SopAppFactory _factory = CreateFactory();

    private static SopAppFactory CreateFactory()
    {
        var factory = new SopAppFactory();
        factory.Settings["Api:PermitLimit"] = "100000"; // the budget is tested in ApiRateLimitAbuseTests; here it would only answer 429
        return factory;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryOperation_GeneratedInputs_AnsweredAsTheDocumentSays()
    {
        var seed = Environment.GetEnvironmentVariable("SOP_FUZZ_SEED") is { Length: > 0 } text ? ulong.Parse(text, CultureInfo.InvariantCulture) : DefaultSeed;
        _ = _factory.Server;
        await _factory.SeedUsersAsync();
        var world = await SeedAsync();
        using var client = Api.Anonymous(_factory);
        var contract = OpenApiContract.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operations = contract.Operations();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        var calls = 0;
        foreach (var operation in operations)
        {
            var values = new SchemaValues(new PCG(Stream(operation.Name), seed), world.Known, Closed);
            var cases = new List<(string Credential, bool Valid)>();
            cases.AddRange(Enumerable.Repeat(("token", true), ValidWithToken));
            cases.AddRange(Enumerable.Repeat(("token", false), InvalidWithToken));
            foreach (var credential in new[] { "none", "junk" })
            {
                cases.AddRange(Enumerable.Repeat((credential, true), PerOtherCredential));
                cases.AddRange(Enumerable.Repeat((credential, false), PerOtherCredential));
            }

            var statuses = new SortedDictionary<int, int>();
            for (var i = 0; i < cases.Count; i++)
            {
                var (credential, valid) = cases[i];
                var authorization = credential switch
                {
                    "token" => new AuthenticationHeaderValue("Bearer", world.Tokens[values.Pick(TokenHolders)]),
                    "junk" => new AuthenticationHeaderValue("Bearer", values.Pick(["sop_" + values.Draw(Gen.String.AlphaNumeric), "sampah", "sop_"])),
                    _ => null,
                };
                var (request, kind, body) = FuzzRequest.Build(operation, values, valid, world);
                request.Headers.Authorization = authorization;
                var described = OpenApiContract.Describe(request, body);
                using var response = await client.SendAsync(request);
                calls++;
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                var where = $"{operation.Name} case {i} ({credential}, {kind})";
                if (Environment.GetEnvironmentVariable("SOP_FUZZ_VERBOSE") == "1")
                {
                    output.WriteLine($"{where}: {(int)response.StatusCode} {OpenApiContract.Preview(await response.Content.ReadAsByteArrayAsync())[..Math.Min(160, OpenApiContract.Preview(await response.Content.ReadAsByteArrayAsync()).Length)]}\n    request: {described}");
                }

                failures.AddRange((await contract.CheckAsync(operation, response)).Select(p => $"{where}: {p}\n    request: {described}"));
                var status = (int)response.StatusCode;
                if (status == 401 && !operation.NeedsToken)
                {
                    failures.Add($"{where}: answered 401, but the document applies no security scheme to it\n    request: {described}");
                }

                if (operation.NeedsToken && credential != "token" && response.IsSuccessStatusCode)
                {
                    failures.Add($"{where}: the document says it needs a token, but it answered {status} without a valid one\n    request: {described}");
                }

                // Input valid by the document but refused as invalid: the schema does not tell a limit the code keeps.
                // Queries: any 400 (from after to is the one rule across two parameters, said in the description);
                // bodies: a 400 naming a field the schema requires (rules across fields are the code's to tell).
                if (valid && credential == "token" && status == 400 && await RefusedValidAsync(operation, response, described) is { } refused)
                {
                    failures.Add($"{where}: input valid by the document was refused with 400: {refused}\n    request: {described}");
                }

                if (response.IsSuccessStatusCode && response.Headers.Location is { } location)
                {
                    using var follow = new HttpRequestMessage(HttpMethod.Get, location);
                    follow.Headers.Authorization = authorization;
                    using var fetched = await client.SendAsync(follow);
                    calls++;
                    if ((int)fetched.StatusCode != 200)
                    {
                        failures.Add($"{where}: Location {location} answered {(int)fetched.StatusCode} to the same credentials\n    request: {described}");
                    }
                }

                request.Dispose();
            }

            output.WriteLine($"{operation.Name}: {cases.Count} cases, statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        }

        output.WriteLine($"seed {seed}: {operations.Count} operations, {calls} requests, {failures.Count} failures");
        var summary = failures.GroupBy(Category).OrderByDescending(g => g.Count()).Select(g => $"  {g.Count()} × {g.Key}");
        Assert.True(
            failures.Count == 0,
            $"seed {seed} (replay: SOP_FUZZ_SEED={seed}): {failures.Count} answers the document does not describe\n{string.Join("\n", summary)}\nthe first 40:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>A failure without its case number, ids and details: what the summary counts.</summary>
    private static string Category(string failure)
    {
        var line = System.Text.RegularExpressions.Regex.Replace(failure.Split('\n')[0], @" case \d+ \(([a-z]+), [a-z-]+\)", " ($1)");
        line = System.Text.RegularExpressions.Regex.Replace(line, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var end = line.IndexOfAny([':', ';', '('], colon + 2);
        return end > 0 ? line[..end].TrimEnd() : line;
    }

    private static async Task<string?> RefusedValidAsync(FuzzOperation operation, HttpResponseMessage response, string described)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = operation.Operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true ? json.Schema : null;
        if (body is null)
        {
            return described.Contains("from=", StringComparison.Ordinal) && described.Contains("to=", StringComparison.Ordinal) ? null : text;
        }

        var errors = System.Text.Json.JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Object
            ? e.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        return errors.Any(name => body.Required?.Contains(name) == true) ? text : null;
    }

    private static uint Stream(string name)
    {
        var hash = 2166136261u; // FNV-1a: stable across runs, unlike string.GetHashCode
        foreach (var c in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>Items the generated paths can name: one in Penyusunan, one published with a cover, uploads of a photo and a PDF.</summary>
    private async Task<FuzzWorld> SeedAsync()
    {
        var penyusunan = await SopShortcuts.ToPenyusunanAsync(_factory, "Materi untuk uji fuzz");
        var published = await Publish.ApproveAsync(_factory, "Berita uji fuzz terbit", cover: Photos.Jpeg(800, 600));
        var tokens = new Dictionary<string, string>();
        foreach (var user in TokenHolders)
        {
            tokens[user] = await Api.TokenForAsync(_factory, user);
        }

        using var staf = Api.Anonymous(_factory);
        staf.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens["staf"]);
        var photo = (await (await staf.UploadAsync(Photos.Jpeg(640, 480), "foto.jpg")).JsonAsync()).GetProperty("id").GetGuid();
        var pdf = (await (await staf.UploadAsync(Sop.Pdf(), "surat.pdf")).JsonAsync()).GetProperty("id").GetGuid();
        var slug = _factory.WithDb(db => db.Materi.Single(m => m.Id == published).Slug)!;
        var coverId = _factory.WithDb(db => db.MateriVersions.Where(v => v.MateriId == published && v.CoverImageId != null).Select(v => v.CoverImageId).First())!.Value;
        var widths = _factory.WithDb(db => db.Media.Where(m => m.Id == coverId).SelectMany(m => m.Variants.Select(v => v.Width)).ToList());
        var stafId = _factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        string[] media = [photo.ToString(), pdf.ToString(), coverId.ToString()];
        var known = new Dictionary<string, string[]>
        {
            ["slug"] = [slug],
            ["kategori"] = ["berita", "pengumuman"],
            ["kategoriId"] = ["1", "2"],
            ["instruksi"] = ["Untuk dipublikasikan"],
            ["aksi"] = ["teruskan", "terima", "tugaskan", "serahkan", "ajukan-verifikasi", "setujui", "kembalikan", "tarik"],
            ["petugasId"] = [stafId],
            ["klasifikasi"] = ["berkala", "serta-merta", "setiap-saat"],
            ["fotoSampulId"] = [photo.ToString()],
            ["pindaianId"] = [pdf.ToString()],
            ["lampiranBaruIds"] = [pdf.ToString()],
            ["width"] = [.. widths.Select(w => w.ToString(CultureInfo.InvariantCulture))],
            ["format"] = ["webp", "jpg"],
        };
        return new FuzzWorld(tokens, known, [penyusunan.ToString(), published.ToString()], media);
    }
}

/// <summary>What the seeded app holds: a token per user, values per name, and the ids paths may name.</summary>
public sealed record FuzzWorld(IReadOnlyDictionary<string, string> Tokens, IReadOnlyDictionary<string, string[]> Known, string[] MateriIds, string[] MediaIds);
