using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks.Papan;

/// <summary>
/// A hypothetical network ("Papan Pengumuman Desa", a village's digital notice board) that lives only in this test
/// folder: it shows that a network is its own folder plus one registration line,
/// <c>services.AddSocialNetwork&lt;PapanNetwork&gt;()</c>, with no edit to the shared cross-posting code.
/// The integration tests compile these files too (linked), and register it the same way.
/// </summary>
public sealed class PapanNetwork : SocialNetwork<PapanLimits>
{
    public const string Name = "Papan";

    public const string Title = "Papan Pengumuman Desa";

    public override string Type => Name;

    public override string Label => Title;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("KunciPapan", "Kunci API papan"),
        new("IdPapan", "Nomor papan", Secret: false),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        Has(credentials, "KunciPapan", "IdPapan") ? null : "Papan memerlukan KunciPapan dan IdPapan.";

    public override IChannelComposer Composer(PapanLimits limits) => new PapanComposer(limits);

    /// <summary>The board counts characters, with every link as 10 (it shortens them).</summary>
    public override (int Length, int Max) Measure(string text, bool hasImage, PapanLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (PapanComposer.Count(text), limits.MaxLength);
    }

    protected override void Register(IServiceCollection services)
    {
        services.AddSingleton<PapanBoard>();
        services.AddSocialClient<PapanClient>().ConfigurePrimaryHttpMessageHandler(sp => new PapanHandler(sp.GetRequiredService<PapanBoard>()));
    }
}

/// <summary>The board's limits, from CrossPosting:Limits:Papan.</summary>
public sealed class PapanLimits
{
    [Range(30, 10_000)]
    public int MaxLength { get; set; } = 200;
}

/// <summary>Counts characters with every link as <see cref="LinkLength"/>.</summary>
public sealed partial class PapanComposer(PapanLimits limits) : ChannelComposer
{
    public const int LinkLength = 10;

    public override string ChannelType => PapanNetwork.Name;

    public static int Count(string text) =>
        Link().Replace(text ?? string.Empty, new string('l', LinkLength)).Length;

    protected override int MaxLength(PostDraft draft) => limits.MaxLength;

    protected override int Measure(string text) => Count(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex Link();
}
