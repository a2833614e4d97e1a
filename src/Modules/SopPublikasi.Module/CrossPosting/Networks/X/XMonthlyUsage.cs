using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>An X channel's posts sent in one WIB calendar month and their cost at the configured prices.</summary>
public sealed record XMonthlyUsage(DateOnly Month, int Posts, int PostsWithUrl, decimal PricePost, decimal PricePostWithUrl)
{
    public int PostsWithoutUrl => Posts - PostsWithUrl;

    public decimal Cost => (PostsWithoutUrl * PricePost) + (PostsWithUrl * PricePostWithUrl);

    /// <summary>"Desember 2026: 3 kiriman (2 dengan tautan), perkiraan biaya US$0,415 (US$0,015 per kiriman, US$0,20 per kiriman bertautan)."</summary>
    public string Text =>
        $"{Month.ToString("MMMM yyyy", IndonesianTime.Culture)}: {Posts} kiriman ({PostsWithUrl} dengan tautan), perkiraan biaya {Usd(Cost)} " +
        $"({Usd(PricePost)} per kiriman, {Usd(PricePostWithUrl)} per kiriman bertautan).";

    private static string Usd(decimal value) => "US$" + value.ToString("0.00##", IndonesianTime.Culture);
}

/// <summary>
/// Counts what an X channel cost this month from the outbox: every row X confirmed (sent) in the current WIB month, a
/// row whose text holds a URL (found as X finds it, <see cref="UrlPattern"/>) at the URL price. What the rows do not
/// show (reads to reconcile, X's own rounding) is not counted: an estimate, X's Developer Console has the bill.
/// </summary>
public sealed class XMonthlyUsageQuery(SopDbContext db, IOptionsMonitor<XPricing> pricing, TimeProvider clock)
{
    public async Task<XMonthlyUsage> ForAsync(string channel, CancellationToken ct)
    {
        var today = IndonesianTime.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1);
        var start = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset).ToUniversalTime();
        var end = new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset).ToUniversalTime();
        var texts = await db.Outbox.AsNoTracking()
            .Where(o => o.Channel == channel && o.Status == OutboxStatus.Sent && o.SentAt >= start && o.SentAt < end)
            .Select(o => o.Text)
            .ToListAsync(ct);
        var prices = pricing.CurrentValue;
        return new XMonthlyUsage(month, texts.Count, texts.Count(t => UrlPattern.Find(t).Count > 0), prices.Post, prices.PostWithUrl);
    }

    /// <summary>The usage of each X channel among <paramref name="channels"/>, by name.</summary>
    public async Task<IReadOnlyDictionary<string, XMonthlyUsage>> ForAsync(IEnumerable<Channels.ResolvedChannel> channels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var usage = new Dictionary<string, XMonthlyUsage>(StringComparer.OrdinalIgnoreCase);
        foreach (var channel in channels.Where(c => string.Equals(c.Type, XNetwork.Name, StringComparison.OrdinalIgnoreCase)))
        {
            usage[channel.Name] = await ForAsync(channel.Name, ct);
        }

        return usage;
    }
}
