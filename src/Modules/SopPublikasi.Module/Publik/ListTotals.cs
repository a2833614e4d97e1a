using Microsoft.AspNetCore.OutputCaching;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// How many articles each public list holds (all published, or one category), counted once and kept until the
/// lists change. Counting 100,000 index entries costs milliseconds of CPU, and every list page would do it. The
/// totals are dropped whenever the list pages are evicted from the output cache (the "daftar" tag): see
/// <see cref="EvictionAwareStore"/>, which sees every eviction, including the one a change on another instance
/// causes (the "publik" tag, through the change stamp).
/// </summary>
public sealed class ListTotals
{
    private readonly Dictionary<int, int> _totals = [];
    private readonly Lock _gate = new();
    private long _generation;

    /// <summary>The total of list <paramref name="key"/> (a category id, 0 for all), counted by <paramref name="count"/> when unknown.</summary>
    public async Task<int> GetAsync(int key, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(count);
        long seen;
        lock (_gate)
        {
            if (_totals.TryGetValue(key, out var known))
            {
                return known;
            }

            seen = _generation;
        }

        var total = await count(ct);
        lock (_gate)
        {
            // A publication committed while counting: the count may predate it, so it is used once and not kept.
            if (_generation == seen)
            {
                _totals[key] = total;
            }
        }

        return total;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _totals.Clear();
        }
    }

    /// <summary>The output cache store, which also drops the totals when the list pages are evicted.</summary>
    internal sealed class EvictionAwareStore(IOutputCacheStore inner, ListTotals totals) : IOutputCacheStore
    {
        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            if (tag is PublicCache.ListsTag or PublicCache.AllTag)
            {
                totals.Clear();
            }

            await inner.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
