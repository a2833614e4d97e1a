namespace SopPublikasi.Module.CrossPosting.Quota;

/// <summary>
/// What a network said about one of its limits, read from an answer's headers or asked for before posting.
/// </summary>
/// <param name="Network">The channel type ("X", "Instagram", "Facebook").</param>
/// <param name="Limit">The limit's name in Bahasa Indonesia, e.g. "Kuota harian akun X".</param>
/// <param name="Remaining">Posts or calls left in the window, when the network counts them.</param>
/// <param name="Total">The window's size, when the network says it.</param>
/// <param name="UsedPercent">The share used, when the network reports a percentage (Facebook's usage headers).</param>
/// <param name="ResetAt">When the network lets the channel post again once the limit is spent.</param>
/// <param name="WindowEnd">Until when one warning about this limit holds (the window's end).</param>
/// <param name="Warn">A daily cap or a usage share, worth warning about before it is spent; a short window (15 minutes) only waits.</param>
/// <param name="ExactReset">False when the network does not say when the window ends (a rolling 24 hours): times are "at the latest".</param>
public sealed record QuotaReading(
    string Network,
    string Limit,
    long? Remaining,
    long? Total,
    int? UsedPercent,
    DateTimeOffset ResetAt,
    DateTimeOffset WindowEnd,
    bool Warn,
    bool ExactReset = true);
