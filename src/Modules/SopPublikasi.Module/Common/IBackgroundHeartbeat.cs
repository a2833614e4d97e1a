namespace SopPublikasi.Module.Common;

/// <summary>
/// A background service that says it is alive: /readyz fails when one has stopped or has been silent for longer
/// than <see cref="MaxSilence"/>. Hosted services that implement it are found in the container; nothing to register.
/// </summary>
public interface IBackgroundHeartbeat
{
    string Name { get; }

    /// <summary>How long without a beat is still healthy (a few poll intervals).</summary>
    TimeSpan MaxSilence { get; }

    /// <summary>Time since the last beat, or null before the first one.</summary>
    TimeSpan? SinceLastBeat { get; }

    /// <summary>False once the service's loop has ended (stopped or crashed).</summary>
    bool IsRunning { get; }
}
