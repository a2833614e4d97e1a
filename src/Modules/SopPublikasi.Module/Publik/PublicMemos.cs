using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Publik;

/// <summary>How many articles each public list holds (all published: key 0, or one category by id).</summary>
/// <remarks>Counting 100,000 index entries costs milliseconds of CPU, and every list page would do it.</remarks>
public sealed class ListTotals : PublishedMemo<int, int>;

/// <summary>How many articles a filtered list of the API holds (a filter other than one category).</summary>
/// <remarks>
/// Counting a filter's matches reads every matching row (about 3 ms at 10,000 articles, three quarters of such a
/// request); integrators poll the same combinations again and again, and the count changes only with the content.
/// </remarks>
public sealed class FilteredTotals : PublishedMemo<BeritaFilter, int>;

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
