using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 10: webhook and channel addresses reached the server's own network, and deliveries followed
/// redirects with their signature. Private, loopback and link-local targets are refused (unless
/// Security:AllowPrivateNetworkTargets), at the form and where the connection is made; redirects are not followed.
/// </summary>
public sealed class OutboundTargetsAbuseTests
{
    private static SopAppFactory Factory(bool allowPrivate)
    {
        var factory = new SopAppFactory();
        factory.Settings["Security:AllowPrivateNetworkTargets"] = allowPrivate ? "true" : "false";
        factory.Settings["Webhooks:FirstRetryDelay"] = "00:00:00.100";
        factory.Settings["Webhooks:PollInterval"] = "00:00:00.100";
        factory.Settings["Webhooks:MaxAttempts"] = "1";
        return factory;
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:5432/")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://10.0.0.5/hook")]
    [InlineData("http://[::ffff:192.168.1.1]/hook")]
    public async Task WebhookForm_PrivateTarget_RefusedBesideTheField(string url)
    {
        using var factory = Factory(allowPrivate: false);
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");

        var page = await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", new() { ["Input.Url"] = url, ["Input.Peristiwa"] = new[] { WebhookEvents.DisposisiDibuat } });

        Assert.Contains("jaringan lokal atau privat", page.Document.QuerySelector("[data-valmsg-for='Input.Url']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, factory.WithDb(db => db.WebhookSubscriptions.Count()));
    }

    [Fact]
    public async Task Delivery_ToAnAddressThatTurnsOutPrivate_NotConnected()
    {
        // A name that passed the form and resolves inside later (DNS rebinding), or an address saved before the
        // rule: stored directly, as the form would not take it.
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var factory = Factory(allowPrivate: false);
        await factory.SeedUsersAsync();
        using (var scope = factory.Services.CreateScope())
        {
            receiver.Secret = await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().CreateAsync(new Uri(receiver.Url), null, [WebhookEvents.DisposisiDibuat], CancellationToken.None);
        }

        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi ke alamat privat");

        var delivery = (await Eventually.WaitAsync(() => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()), rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Failed, TimeSpan.FromSeconds(30))).Single();
        Assert.Contains("jaringan lokal atau privat", delivery.LastError, StringComparison.Ordinal);
        Assert.Null(delivery.LastStatusCode);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Delivery_Redirected_NotFollowed()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        var port = new WebhookReceiver().Port;
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var redirector = builder.Build();
        redirector.MapPost("/hook", () => Results.Redirect(receiver.Url, permanent: true, preserveMethod: true));
        await redirector.StartAsync();
        using var factory = Factory(allowPrivate: true); // the test's servers are on 127.0.0.1
        await factory.SeedUsersAsync();
        using (var scope = factory.Services.CreateScope())
        {
            receiver.Secret = await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().CreateAsync(new Uri($"http://127.0.0.1:{port}/hook"), null, [WebhookEvents.DisposisiDibuat], CancellationToken.None);
        }

        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi ke penerima yang mengalihkan");

        var delivery = (await Eventually.WaitAsync(() => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()), rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Failed, TimeSpan.FromSeconds(30))).Single();
        Assert.Equal((int)HttpStatusCode.PermanentRedirect, delivery.LastStatusCode);
        Assert.Empty(receiver.Received);
    }
}
