using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Kalender;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The PPID desk's API as a client uses it: the public calls with the code in its header, the office's with tokens and If-Match.</summary>
public static class DeskApi
{
    public const string Nik = "3313014405900001";
    public const string Alamat = "Jl. Melati No. 5, Desa Popongan";
    public const string Telepon = "081234567890";
    public const string Email = "sri.wahyuni@contoh.id";
    public const string Nama = "Sri Wahyuni";

    /// <summary>A request as a resident sends it; <paramref name="persetujuan"/> false leaves out the consent.</summary>
    public static Dictionary<string, object?> Permohonan(bool persetujuan = true) => new()
    {
        ["jenisPemohon"] = "Perorangan",
        ["namaPemohon"] = Nama,
        ["nomorIdentitas"] = Nik,
        ["alamat"] = Alamat,
        ["telepon"] = Telepon,
        ["email"] = Email,
        ["rincianInformasi"] = "Daftar penerima BLT Dana Desa 2026 per desa",
        ["tujuanPenggunaan"] = "Bahan skripsi tentang bantuan sosial",
        ["caraMemperoleh"] = "SalinanSoftcopy",
        ["caraMendapatkanSalinan"] = "Email",
        ["persetujuan"] = persetujuan,
    };

    /// <summary>
    /// A booted app whose clock starts at <paramref name="start"/>, with the holidays of November 2026 to January 2027
    /// replaced by <paramref name="holidays"/> (the seeded ones would make the expected dates depend on the seed).
    /// </summary>
    public static async Task<SopAppFactory> BootAsync(FakeTimeProvider clock, params DateOnly[] holidays)
    {
        var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        factory.WithDb(db =>
        {
            db.HariLibur.RemoveRange(db.HariLibur.Where(h => h.Tanggal >= new DateOnly(2026, 11, 1) && h.Tanggal <= new DateOnly(2027, 1, 31)));
            db.HariLibur.AddRange(holidays.Select(d => new HariLibur { Tanggal = d, Keterangan = "Hari libur uji" }));
            return db.SaveChanges();
        });
        factory.Services.GetRequiredService<HariLiburCache>().Invalidate(); // as the holiday page does when it saves
        return factory;
    }

    /// <summary>An office client whose token outlives the walks' clock (a year).</summary>
    public static async Task<HttpClient> OfficeAsync(SopAppFactory factory, string userName)
    {
        var client = Api.Anonymous(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.TokenForAsync(factory, userName, TimeSpan.FromDays(365)));
        return client;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/permohonan-informasi", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            post.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(post);
    }

    /// <summary>Files a request as a resident; returns the 201's body.</summary>
    public static async Task<JsonElement> SubmittedAsync(HttpClient client)
    {
        using var response = await SubmitAsync(client, Permohonan());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<HttpResponseMessage> TrackAsync(HttpClient client, string nomor, string? kode)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/permohonan-informasi/lacak?nomor=" + Uri.EscapeDataString(nomor), UriKind.Relative));
        if (kode is not null)
        {
            get.Headers.Add("X-Kode-Lacak", kode);
        }

        return await client.SendAsync(get);
    }

    public static async Task<HttpResponseMessage> ObjectAsync(HttpClient client, string nomor, string kode, object body)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/permohonan-informasi/keberatan?nomor=" + Uri.EscapeDataString(nomor), UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        post.Headers.Add("X-Kode-Lacak", kode);
        return await client.SendAsync(post);
    }

    /// <summary>GET of an office resource with its ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return (JsonDocument.Parse(body).RootElement, response.Headers.ETag!.Tag);
    }

    /// <summary>POST of a move with If-Match (null: none sent).</summary>
    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, string url, string? etag, object body)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            post.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(post);
    }

    /// <summary>Reads the resource, makes the move with its ETag, asserts 200 and returns the new view.</summary>
    public static async Task<JsonElement> MovedAsync(HttpClient client, string url, object body)
    {
        var (_, etag) = await ReadAsync(client, url);
        using var response = await MoveAsync(client, url + "/transisi", etag, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"POST {url}/transisi: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Asserts the end of a day (23.59 WIB) as the API writes a deadline.</summary>
    public static void EndOf(DateOnly day, JsonElement value)
    {
        var at = value.GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(7), at.Offset);
        Assert.Equal(day, DateOnly.FromDateTime(at.DateTime));
        Assert.Equal((23, 59), (at.Hour, at.Minute));
    }

    /// <summary>None of the requester's personal data (nor the name) is in the text.</summary>
    public static void NoPersonalData(string text, bool nameToo = true)
    {
        Assert.DoesNotContain(Nik, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Melati", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Telepon, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
        if (nameToo)
        {
            Assert.DoesNotContain(Nama, text, StringComparison.Ordinal);
        }
    }
}
