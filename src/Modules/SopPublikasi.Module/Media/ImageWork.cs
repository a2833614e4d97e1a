using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.Media;

/// <summary>
/// Bounds how many pictures are decoded at once (Media:MaxConcurrentImageWork), so that the memory of image work
/// is at most that many pixel budgets, whatever arrives together: three 8000×8000 uploads at once took 1 GB.
/// Uploads and the Instagram copy of a cover wait their turn here.
/// </summary>
public sealed class ImageWork(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentImageWork, options.Value.MaxConcurrentImageWork);
    private int _waiting;

    /// <summary>How many callers wait for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>The pixel budget of one picture (Media:MaxImagePixels).</summary>
    public long MaxPixels => options.Value.MaxImagePixels;

    /// <summary>Runs <paramref name="work"/> (synchronous, CPU-bound) once a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            return work();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
