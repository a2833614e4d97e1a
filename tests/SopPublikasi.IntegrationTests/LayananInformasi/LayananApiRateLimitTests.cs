using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The public POSTs have a budget per address of their own (LayananInformasi:Api:PostPermitLimit).</summary>
public sealed class LayananApiRateLimitTests
{
    [Fact]
    public async Task PublicPost_OverTheBudget_429ProblemWithRetryAfter_TrackingStillAnswers()
    {
        using var factory = new SopAppFactory();
        factory.Settings["LayananInformasi:Api:PostPermitLimit"] = "2";
        await factory.SeedUsersAsync();
        var client = Api.Anonymous(factory);

        var created = await DeskApi.SubmittedAsync(client);
        using var second = await DeskApi.SubmitAsync(client, DeskApi.Permohonan(persetujuan: false));
        using var third = await DeskApi.SubmitAsync(client, DeskApi.Permohonan());
        using var tracked = await DeskApi.TrackAsync(client, created.GetProperty("nomorRegister").GetString()!, created.GetProperty("kodeLacak").GetString());

        await second.ProblemAsync(422);
        await third.ProblemAsync(429);
        Assert.True(third.Headers.RetryAfter is not null);
        Assert.Equal(System.Net.HttpStatusCode.OK, tracked.StatusCode);
    }
}
