using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>An API client holding one user's personal access token, as another system would.</summary>
public static class Api
{
    public static async Task<string> TokenForAsync(SopAppFactory factory, string userName, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No user {userName}");
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<TokenService>().CreateAsync(user.Id, "uji", lifetime ?? TimeSpan.FromDays(1), CancellationToken.None);
        return secret;
    }

    public static async Task<HttpClient> ClientForAsync(SopAppFactory factory, string userName)
    {
        var client = Anonymous(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(factory, userName));
        return client;
    }

    public static HttpClient Anonymous(SopAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.BaseAddress = new Uri("https://localhost");
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads one file as the multipart field "berkas" of POST /api/v1/media.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, string fileName)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "berkas", fileName } };
        return await client.PostAsync(new Uri("/api/v1/media", UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    /// <summary>Asserts an RFC 7807 answer with this status, and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
