using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Quota;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>When a network's limit counts as spent or near its end, and what people are told about it.</summary>
public class QuotaRulesTests
{
    private static readonly DateTimeOffset Reset = new(2026, 11, 24, 2, 5, 0, TimeSpan.Zero); // 09.05 WIB
    private static readonly QuotaOptions Options = new() { WarnRemaining = 3, WarnPercent = 10, WarnUsagePercent = 80 };

    [Theory]
    [InlineData(0L, null, true)]
    [InlineData(-1L, null, true)]
    [InlineData(1L, null, false)]
    [InlineData(null, 100, true)]
    [InlineData(null, 99, false)]
    public void Spent_NoneLeftOrFullyUsed(long? remaining, int? used, bool spent) =>
        Assert.Equal(spent, QuotaRules.Spent(Reading(remaining, 17, used)));

    [Theory]
    [InlineData(4L, 17L, false)]
    [InlineData(3L, 17L, true)]
    [InlineData(0L, 17L, true)]
    [InlineData(11L, 100L, false)]
    [InlineData(10L, 100L, true)] // 10 % of a larger cap
    [InlineData(4L, null, false)]
    public void Near_AtTheCountOrTheShareLeft(long remaining, long? total, bool near) =>
        Assert.Equal(near, QuotaRules.Near(Reading(remaining, total, null), Options));

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    [InlineData(100, true)]
    public void Near_UsagePercentAtTheThreshold(int used, bool near) =>
        Assert.Equal(near, QuotaRules.Near(Reading(null, null, used), Options));

    [Fact]
    public void Near_AShortWindowNeverWarns() =>
        Assert.False(QuotaRules.Near(Reading(0, 100, null) with { Warn = false }, Options));

    [Fact]
    public void SpentReason_NamesTheCapAndTheResetInWib() =>
        Assert.Equal(
            "Kuota harian akun X habis (tersisa 0 dari 17 kiriman); menunggu sampai Selasa, 24 November 2026 pukul 09.05 WIB.",
            QuotaRules.SpentReason(Reading(0, 17, null)));

    [Fact]
    public void Warning_NamesChannelRemainingAndReset()
    {
        var channel = new ResolvedChannel("x-kecamatan", "X", null, true, false, false, null, null, null, new Dictionary<string, string>());

        Assert.Equal("Kuota saluran x-kecamatan (X) hampir habis", QuotaRules.WarningTitle(channel));
        Assert.Equal(
            "Kuota harian akun X untuk saluran \"x-kecamatan\": tersisa 3 dari 17 kiriman; pulih Selasa, 24 November 2026 pukul 09.05 WIB. "
            + "Bila habis, kiriman berikutnya menunggu sampai kuota pulih, tanpa mencoba dan ditolak.",
            QuotaRules.Warning(channel, Reading(3, 17, null)));
        Assert.Contains("terpakai 85 %; pulih paling lambat", QuotaRules.Warning(channel, Reading(null, null, 85) with { ExactReset = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void QuotaOptions_OutOfRange_RefusedNamingTheKey()
    {
        var errors = CrossPostingOptionsTests.Validate(new Module.CrossPosting.CrossPostingOptions { Quota = new QuotaOptions { WarnUsagePercent = 0 } });

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("CrossPosting:Quota:WarnUsagePercent", StringComparison.Ordinal));
    }

    private static QuotaReading Reading(long? remaining, long? total, int? used) =>
        new("X", "Kuota harian akun X", remaining, total, used, Reset, Reset, true);
}
