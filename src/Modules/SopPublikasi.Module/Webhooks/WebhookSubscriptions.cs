using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Webhooks;

/// <summary>The subscriptions an administrator registers, and their delivery log.</summary>
public sealed class WebhookSubscriptions(SopDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<WebhookSubscription>> AllAsync(CancellationToken ct) =>
        await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(ct);

    /// <summary>The newest deliveries, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> RecentDeliveriesAsync(int take, CancellationToken ct) =>
        await db.WebhookDeliveries.AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(take).ToListAsync(ct);

    /// <summary>Registers a URL for these events; returns the new signing secret, shown once.</summary>
    public async Task<string> CreateAsync(Uri url, string? description, IEnumerable<string> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var secret = WebhookSecrets.Generate();
        db.WebhookSubscriptions.Add(new WebhookSubscription
        {
            Id = Guid.NewGuid(),
            Url = url.ToString(),
            Description = description,
            Events = [.. events.Distinct()],
            ProtectedSecret = secrets.Protect(secret),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>Turns a subscription on or off; false if there is none with this id.</summary>
    public async Task<bool> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return false;
        }

        subscription.Active = active;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Gives a subscription a new secret (returned, shown once). The secret it replaces keeps signing next to the
    /// new one until the returned time (<c>Webhooks:SecretRotationOverlap</c> from now); a secret replaced by an
    /// earlier rotation stops signing at once. Null if there is no subscription with this id.
    /// </summary>
    public async Task<(string Secret, DateTimeOffset? OldSecretUntil)?> RotateAsync(Guid id, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var overlap = options.Value.SecretRotationOverlap;
        var secret = WebhookSecrets.Generate();
        DateTimeOffset? until = overlap > TimeSpan.Zero ? now + overlap : null;
        subscription.ProtectedPreviousSecret = until is null ? null : subscription.ProtectedSecret;
        subscription.PreviousSecretUntil = until;
        subscription.ProtectedSecret = secrets.Protect(secret);
        subscription.SecretRotatedAt = now;
        await db.SaveChangesAsync(ct);
        return (secret, until);
    }
}
