using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Deliveries by Standard Webhooks v1, checked by the StandardWebhooks NuGet package in <see cref="WebhookReceiver"/>:
/// a secret rotation (both secrets verify during the overlap, only the new one after it), a secret made before
/// Standard Webhooks, and the verifier's refusals (so that an accepted delivery means something).
/// </summary>
public class WebhookStandardTests
{
    [Fact]
    public async Task SecretRotated_BothSecretsVerifyDuringOverlap_OnlyNewOneAfter()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var factory = Factory();
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");
        var registered = await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Buat']", new() { ["Input.Url"] = receiver.Url, ["Input.Peristiwa"] = new[] { WebhookEvents.DisposisiDibuat } });
        var oldSecret = registered.Document.QuerySelector("[data-testid=rahasia-baru]")!.TextContent.Trim();
        receiver.Secret = oldSecret;
        var ppid = await Browser.SignInAsync(factory, "ppid");

        // Before the rotation: one signature, the library accepts it with the one secret.
        await Sop.CreateDisposisiAsync(ppid, "Sebelum rotasi");
        var before = await DeliveredAsync(factory, receiver, 1);
        Assert.Equal([oldSecret], before.VerifiedWith);
        Assert.Single(before.Headers[WebhookSigner.SignatureHeader].Split(' '));

        // The administrator rotates: the new secret is shown once, with the overlap's end in WIB.
        var rotated = await admin.SubmitAsync("/admin/webhook", "form[action*='handler=Rotasi']", []);
        var newSecret = rotated.Document.QuerySelector("[data-testid=rahasia-baru]")!.TextContent.Trim();
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(32, Convert.FromBase64String(newSecret[WebhookSigner.SecretPrefix.Length..]).Length);
        var until = factory.WithDb(db => db.WebhookSubscriptions.AsNoTracking().Single()).PreviousSecretUntil!.Value;
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.Contains(IndonesianTime.DateTime(until), rotated.Document.QuerySelector("[data-testid=rahasia-lama-sampai]")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("WIB", IndonesianTime.DateTime(until), StringComparison.Ordinal);
        Assert.Contains("rahasia lama ikut menandatangani sampai " + IndonesianTime.DateTime(until), rotated.Document.QuerySelector("[data-testid=rahasia-status]")!.TextContent, StringComparison.Ordinal);
        var reloaded = await admin.GetAsync("/admin/webhook");
        Assert.Null(reloaded.Document.QuerySelector("[data-testid=rahasia-baru]")); // shown once

        // During the overlap: the library accepts every delivery with either secret, each on its own.
        receiver.Secrets = [oldSecret, newSecret];
        await Sop.CreateDisposisiAsync(ppid, "Selama rotasi");
        var during = await DeliveredAsync(factory, receiver, 2);
        Assert.Equal(new[] { oldSecret, newSecret }.Order(StringComparer.Ordinal), during.VerifiedWith.Order(StringComparer.Ordinal));
        Assert.True(during.LegacySignatureValid); // the deprecated header, with the new secret
        Assert.True(WebhookSigner.VerifyLegacy(newSecret, during.Headers[WebhookSigner.LegacyTimestampHeader], during.Body, during.Headers[WebhookSigner.LegacySignatureHeader]));

        // After the overlap (its end moved into the past, as time would): only the new secret verifies.
        factory.WithDb(db =>
        {
            db.WebhookSubscriptions.Single().PreviousSecretUntil = DateTimeOffset.UtcNow.AddSeconds(-1);
            return db.SaveChanges();
        });
        await Sop.CreateDisposisiAsync(ppid, "Sesudah rotasi");
        var after = await DeliveredAsync(factory, receiver, 3);
        Assert.Equal([newSecret], after.VerifiedWith);
        Assert.Contains("No matching signature", after.Refusals, StringComparison.Ordinal);
        Assert.Single(after.Headers[WebhookSigner.SignatureHeader].Split(' '));
    }

    /// <summary>
    /// A subscription registered before this release: its row is written on a database migrated to the migration
    /// before WebhookSecretRotation, the site applies that migration at start, and its secret (the earlier form,
    /// which the library cannot decode) still verifies, with its UTF-8 bytes as the key, as the README says.
    /// </summary>
    [Fact]
    public async Task SubscriptionFromBeforeStandardWebhooks_MigratedAndStillVerifies_KeyIsItsUtf8Text()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var database = TestDatabase.Create();
        var subscriptionId = Guid.NewGuid();
        await using (var db = database.OpenContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var mine = migrations.FindIndex(m => m.EndsWith("_WebhookSecretRotation", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[mine - 1]);
            object id = TestDatabase.IsPostgreSql ? subscriptionId : subscriptionId.ToString().ToUpperInvariant();
            object events = TestDatabase.IsPostgreSql ? new[] { WebhookEvents.DisposisiDibuat } : $"[\"{WebhookEvents.DisposisiDibuat}\"]";
            object created = TestDatabase.IsPostgreSql ? DateTimeOffset.UtcNow : new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "WebhookSubscriptions" ("Id", "Url", "Events", "ProtectedSecret", "Active", "CreatedAt")
                VALUES ({id}, {receiver.Url}, {events}, 'diisi-sesudah-start', {true}, {created})
                """);
        }

        using var factory = Factory(database);
        _ = factory.Server; // applies WebhookSecretRotation at start
        Assert.Empty(factory.WithDb(db => db.Database.GetPendingMigrations()));
        var row = factory.WithDb(db => db.WebhookSubscriptions.AsNoTracking().Single());
        Assert.Equal((subscriptionId, null, null, null), (row.Id, row.ProtectedPreviousSecret, row.PreviousSecretUntil, row.SecretRotatedAt));

        // The secret as the earlier release made it (whsec_ + unpadded base64url), protected as it protected it.
        var legacy = "whsec_" + WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Assert.Throws<FormatException>(() => new StandardWebhooks.StandardWebhook(legacy));
        factory.WithDb(db =>
        {
            db.WebhookSubscriptions.Single().ProtectedSecret = factory.Services.GetRequiredService<WebhookSecrets>().Protect(legacy);
            return db.SaveChanges();
        });
        receiver.Secret = legacy;
        await factory.SeedUsersAsync();

        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Rahasia lama");
        var delivery = await DeliveredAsync(factory, receiver, 1);

        Assert.Equal([legacy], delivery.VerifiedWith);
        Assert.Null(WebhookReceiver.Refusal("whsec_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(legacy)), Headers(delivery), delivery.Body)); // the same key in whsec_ form, for other libraries
        Assert.True(delivery.LegacySignatureValid);
        var page = await (await Browser.SignInAsync(factory, "admin")).GetAsync("/admin/webhook");
        Assert.Contains("Sejak didaftarkan", page.Document.QuerySelector("[data-testid=rahasia-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifier_RefusesTamperedBodyWrongSecretAndOldTimestamp()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var factory = Factory();
        await factory.SeedUsersAsync();
        using (var scope = factory.Services.CreateScope())
        {
            receiver.Secret = await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>().CreateAsync(new Uri(receiver.Url), null, [WebhookEvents.DisposisiDibuat], CancellationToken.None);
        }

        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Untuk diubah");
        var delivery = await DeliveredAsync(factory, receiver, 1);
        var headers = Headers(delivery);
        Assert.Null(WebhookReceiver.Refusal(receiver.Secret, headers, delivery.Body));

        // A body changed by one character.
        Assert.Equal("No matching signature found", WebhookReceiver.Refusal(receiver.Secret, headers, delivery.Body.Replace("Untuk diubah", "Untuk diubaH", StringComparison.Ordinal)));

        // Another secret of the same form.
        Assert.Equal("No matching signature found", WebhookReceiver.Refusal(WebhookSecrets.Generate(), headers, delivery.Body));

        // The same delivery signed correctly ten minutes ago (a replay): refused for its age; signed now: accepted.
        var id = headers[WebhookSigner.IdHeader].ToString();
        var old = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();
        var replayed = Headers(delivery);
        replayed[WebhookSigner.TimestampHeader] = old.ToString(System.Globalization.CultureInfo.InvariantCulture);
        replayed[WebhookSigner.SignatureHeader] = WebhookSigner.SignatureHeaderValue([receiver.Secret], id, old, delivery.Body);
        Assert.Equal("Message timestamp too old", WebhookReceiver.Refusal(receiver.Secret, replayed, delivery.Body));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        replayed[WebhookSigner.TimestampHeader] = now.ToString(System.Globalization.CultureInfo.InvariantCulture);
        replayed[WebhookSigner.SignatureHeader] = WebhookSigner.SignatureHeaderValue([receiver.Secret], id, now, delivery.Body);
        Assert.Null(WebhookReceiver.Refusal(receiver.Secret, replayed, delivery.Body));

        // The id is signed too: the same signature under another id is refused.
        var otherId = Headers(delivery);
        otherId[WebhookSigner.IdHeader] = Guid.NewGuid().ToString();
        Assert.Equal("No matching signature found", WebhookReceiver.Refusal(receiver.Secret, otherId, delivery.Body));
    }

    private static SopAppFactory Factory(TestDatabase? database = null)
    {
        var factory = database is null ? new SopAppFactory() : new SopAppFactory { Database = database, OwnsDatabase = false };
        factory.Settings["Webhooks:FirstRetryDelay"] = "00:00:00.200";
        factory.Settings["Webhooks:PollInterval"] = "00:00:00.200";
        factory.Settings["Webhooks:Timeout"] = "00:01:00";
        factory.Settings["Webhooks:MaxAttempts"] = "2"; // a refused delivery fails soon, and the test says why
        return factory;
    }

    private static HeaderDictionary Headers(ReceivedDelivery delivery)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in delivery.Headers)
        {
            headers[name] = value;
        }

        return headers;
    }

    /// <summary>Waits for the count-th delivery to be marked delivered, and returns the newest one the receiver got.</summary>
    private static async Task<ReceivedDelivery> DeliveredAsync(SopAppFactory factory, WebhookReceiver receiver, int count)
    {
        var rows = await Eventually.WaitAsync(
            () => factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().ToList()),
            r => r.Count == count && r.All(d => d.Status != DeliveryStatus.Pending),
            TimeSpan.FromSeconds(30));
        var newest = rows.OrderBy(d => d.CreatedAt).Last();
        Assert.True(newest.Status == DeliveryStatus.Delivered, $"{newest.Status} {newest.LastStatusCode} {newest.LastError}: " + string.Join(" | ", receiver.Received.Select(r => r.Refusals)));
        return receiver.Received.Single(r => r.DeliveryId == newest.Id.ToString());
    }
}
