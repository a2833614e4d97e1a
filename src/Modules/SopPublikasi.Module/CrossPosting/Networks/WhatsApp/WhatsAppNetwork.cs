using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.WhatsApp;

/// <summary>
/// A WhatsApp destination (a WhatsApp Channel, a residents' group), handed off to a person: WhatsApp offers no API that
/// posts to Channels or groups (Meta's Cloud API only messages people who opted in; docs/networks.md), and unofficial
/// gateways break its terms, so nothing here talks to WhatsApp. Each destination's row waits for an officer
/// (<see cref="OutboxStatus.Manual"/>), who copies the composed text from the item page or Status Media Sosial,
/// sends it from the office's phone and marks it sent. The only "credential" is the destination's name.
/// </summary>
public sealed class WhatsAppNetwork : SocialNetwork<WhatsAppLimits>
{
    public const string Name = "WhatsApp";

    /// <summary>The destination's name as officers know it ("Saluran WhatsApp Kecamatan", "Grup RT 03").</summary>
    public const string DestinationKey = "Tujuan";

    public override string Type => Name;

    public override string Label => "WhatsApp (kirim manual)";

    public override bool SentByHand => true;

    /// <summary>By hand, as it was sent: nothing here talks to WhatsApp.</summary>
    public override PostRemoval Removal { get; } = PostRemoval.Manual(
        "Hapus pesan ini dari ponsel kantor: buka saluran atau grup tujuan, tekan lama pesannya, pilih Hapus, lalu Hapus untuk semua orang. Bila WhatsApp tidak lagi mengizinkannya, kirim pemberitahuan bahwa berita ini ditarik di tujuan yang sama.");

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new(DestinationKey, "nama saluran atau grup tujuan, mis. Saluran WhatsApp Kecamatan, Grup RT 03", Secret: false),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, DestinationKey) ? "WhatsApp memerlukan Tujuan: nama saluran atau grup yang dikirimi (mis. Grup RT 03)."
        : credentials[DestinationKey].Trim().Length > 100 ? "Nama tujuan WhatsApp paling banyak 100 karakter."
        : null;

    public override IChannelComposer Composer(WhatsAppLimits limits) => new WhatsAppComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, WhatsAppLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (WhatsAppText.Length(text), limits.MaxTextLength);
    }

    // No client: nothing is sent to WhatsApp by the server.
    protected override void Register(IServiceCollection services)
    {
    }
}
