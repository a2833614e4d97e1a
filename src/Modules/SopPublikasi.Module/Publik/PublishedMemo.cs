using Microsoft.AspNetCore.OutputCaching;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Answers computed from the published content and kept until it changes: they are dropped whenever the list pages
/// are evicted from the output cache (the "daftar" tag), which every publication, revision and withdrawal does.
/// <see cref="EvictionAwareStore"/> sees every eviction, including the one a change on another instance causes (the
/// "publik" tag, through the change stamp). Bounded: past <see cref="Capacity"/> entries, answers are computed and
/// not kept.
/// </summary>
public abstract class PublishedMemo<TKey, TValue> : IPublishedMemo
    where TKey : notnull
{
    public const int Capacity = 20_000;

    private readonly Dictionary<TKey, TValue> _values = [];
    private readonly Lock _gate = new();
    private long _generation;

    /// <summary>The answer for <paramref name="key"/>, computed by <paramref name="compute"/> when unknown.</summary>
    public async Task<TValue> GetAsync(TKey key, Func<CancellationToken, Task<TValue>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        long seen;
        lock (_gate)
        {
            if (_values.TryGetValue(key, out var known))
            {
                return known;
            }

            seen = _generation;
        }

        var value = await compute(ct);
        lock (_gate)
        {
            // A publication committed while computing: the answer may predate it, so it is used once and not kept.
            if (_generation == seen && _values.Count < Capacity)
            {
                _values[key] = value;
            }
        }

        return value;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _values.Clear();
        }
    }
}

/// <summary>A memo of answers drawn from the published content, dropped when it changes.</summary>
public interface IPublishedMemo
{
    void Clear();
}

/// <summary>How many articles each public list holds (all published: key 0, or one category by id).</summary>
/// <remarks>Counting 100,000 index entries costs milliseconds of CPU, and every list page would do it.</remarks>
public sealed class ListTotals : PublishedMemo<int, int>;

/// <summary>Whether a stored file belongs to a live version (cover, attachment, or a photo in the body).</summary>
/// <remarks>Photos in a body are found by their address in the text, which no index serves: once per file, not per request.</remarks>
public sealed class PublicMediaMemo : PublishedMemo<Guid, bool>;

/// <summary>The output cache store, which also drops the published-content memos when the list pages are evicted.</summary>
internal sealed class EvictionAwareStore(IOutputCacheStore inner, IEnumerable<IPublishedMemo> memos) : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (tag is PublicCache.ListsTag or PublicCache.AllTag)
        {
            foreach (var memo in memos)
            {
                memo.Clear();
            }
        }

        await inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, value, tags, validFor, cancellationToken);
}
