using System.Globalization;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;

namespace SopPublikasi.Module.CrossPosting.Quota;

/// <summary>When a limit is spent or near, and how that is told to people (Bahasa Indonesia, times in WIB).</summary>
public static class QuotaRules
{
    /// <summary>Nothing may be posted until <see cref="QuotaReading.ResetAt"/>.</summary>
    public static bool Spent(QuotaReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Remaining <= 0 || reading.UsedPercent >= 100;
    }

    /// <summary>A daily cap at or under the warning threshold (a count, or a share of its size), or a usage share at or over its threshold.</summary>
    public static bool Near(QuotaReading reading, QuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(options);
        return reading.Warn && (
            reading.Remaining <= options.WarnRemaining
            || (reading.Remaining is { } left && reading.Total is > 0 and var total && left * 100 <= total * options.WarnPercent)
            || reading.UsedPercent >= options.WarnUsagePercent);
    }

    /// <summary>Why the channel's rows wait: "Kuota harian akun X habis (0 dari 17 tersisa); menunggu sampai …".</summary>
    public static string SpentReason(QuotaReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return $"{reading.Limit} habis ({Level(reading)}); menunggu sampai {When(reading.ResetAt, reading.ExactReset)}.";
    }

    /// <summary>Why the channel's rows wait when the network said only "too many requests, wait until …".</summary>
    public static string RateLimitedReason(string channelType, DateTimeOffset until) =>
        $"Batas kiriman {channelType} tercapai; menunggu sampai {IndonesianTime.DateTime(until)}.";

    public static string WarningTitle(ResolvedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return $"Kuota saluran {channel.Name} ({channel.Type}) hampir habis";
    }

    /// <summary>What administrators read, on the bell, by e-mail and on the channel page.</summary>
    public static string Warning(ResolvedChannel channel, QuotaReading reading)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reading);
        var renews = reading.ExactReset ? "pulih" : "pulih paling lambat";
        return $"{reading.Limit} untuk saluran \"{channel.Name}\": {Level(reading)}; {renews} {IndonesianTime.DateTime(reading.WindowEnd)}. "
            + "Bila habis, kiriman berikutnya menunggu sampai kuota pulih, tanpa mencoba dan ditolak.";
    }

    private static string Level(QuotaReading reading) => reading switch
    {
        { Remaining: { } left, Total: { } total } => $"tersisa {Number(left)} dari {Number(total)} kiriman",
        { Remaining: { } left } => $"tersisa {Number(left)} kiriman",
        { UsedPercent: { } used } => $"terpakai {Number(used)} %",
        _ => "tanpa angka dari jaringan",
    };

    private static string When(DateTimeOffset at, bool exact) => (exact ? string.Empty : "pengecekan ulang ") + IndonesianTime.DateTime(at);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
