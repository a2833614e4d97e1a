using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>/healthz and /readyz (the database away: <see cref="DatabaseOutageTests"/>).</summary>
public class ReadinessTests
{
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

    internal static async Task<(HttpStatusCode Status, JsonElement Json)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    internal static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
