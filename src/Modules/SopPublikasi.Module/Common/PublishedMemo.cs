using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Answers computed from the published content and kept until it changes: they are dropped whenever the list pages
/// are evicted from the output cache (the "daftar" tag), which every publication, revision and withdrawal does.
/// The public output cache (Publik) sees every eviction, including the one a change on another instance causes (the
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

public static class PublishedMemoRegistration
{
    /// <summary>A memo as a singleton, dropped with the others whenever the public lists are evicted.</summary>
    public static IServiceCollection AddPublishedMemo<TMemo>(this IServiceCollection services)
        where TMemo : class, IPublishedMemo
    {
        services.AddSingleton<TMemo>();
        return services.AddSingleton<IPublishedMemo>(sp => sp.GetRequiredService<TMemo>());
    }
}
