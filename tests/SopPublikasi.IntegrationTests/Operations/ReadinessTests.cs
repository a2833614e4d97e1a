using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>/healthz and /readyz, and how the site behaves while its database is away.</summary>
public class ReadinessTests
{
    [Fact]
    public async Task DatabaseAway_Readyz503NamingIt_RequestsFailCleanly_ThenAllRecover()
    {
        using var factory = new SopAppFactory { Database = TestDatabase.Create(cuttable: true) };
        await factory.SeedUsersAsync();
        var api = Api.Anonymous(factory);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.TokenForAsync(factory, "sekretaris"));
        var sekretaris = await Browser.SignInAsync(factory, "sekretaris");

        var ready = await ReadyAsync(api);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Json.GetProperty("status").GetString());
        Assert.Contains("WebhookDispatcher", Check(ready.Json, "dispatchers").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", Check(ready.Json, "database").GetProperty("status").GetString());

        factory.Database.MakeUnavailable();
        try
        {
            var down = await ReadyAsync(api);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
            Assert.Equal("Unhealthy", Check(down.Json, "database").GetProperty("status").GetString());
            Assert.Equal("Healthy", Check(down.Json, "dispatchers").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

            // The API answers problem+json, the admin its error page; neither hangs or leaks the exception.
            var failed = await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative));
            Assert.True((int)failed.StatusCode >= 500, $"API answered {(int)failed.StatusCode}");
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
            var problem = await failed.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Exception", problem, StringComparison.Ordinal);
            var page = await sekretaris.GetAsync("/admin");
            Assert.True((int)page.Status >= 500, $"admin answered {(int)page.Status}");
            Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        }
        finally
        {
            factory.Database.Restore();
        }

        var back = await ReadyAsync(api);
        for (var i = 0; i < 50 && back.Status != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            back = await ReadyAsync(api);
        }

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task DispatcherStopped_Readyz503NamingIt()
    {
        using var factory = new SopAppFactory();
        var client = Api.Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client)).Status);

        await factory.Services.GetRequiredService<WebhookDispatcher>().StopAsync(CancellationToken.None);

        var down = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        var dispatchers = Check(down.Json, "dispatchers");
        Assert.Equal("Unhealthy", dispatchers.GetProperty("status").GetString());
        Assert.Contains("WebhookDispatcher tidak berjalan", dispatchers.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", Check(down.Json, "database").GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
