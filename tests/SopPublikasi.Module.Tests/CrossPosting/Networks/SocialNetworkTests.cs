using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.Tests.CrossPosting.Networks.Papan;

namespace SopPublikasi.Module.Tests.CrossPosting.Networks;

/// <summary>
/// A network added from its own folder (Papan/, in this test project) with one registration line: the shared code
/// offers it, composes for it within its own limits, checks its credentials and sends through its own client.
/// </summary>
public class SocialNetworkTests
{
    private static ServiceProvider WithPapan(Dictionary<string, string?>? settings = null) =>
        CrossPostingServices.Build(settings, services => services.AddSocialNetwork<PapanNetwork>());

    [Fact]
    public void BuiltIn_OfferedToAdministrators_InOrder_LogOnlyByConfiguration()
    {
        using var services = CrossPostingServices.Build();
        var networks = services.GetRequiredService<SocialNetworks>();

        Assert.Equal(["X", "Facebook", "Instagram", "Telegram", "Mastodon", "Threads", "Bluesky", "WhatsApp"], networks.Offered.Select(n => n.Type));
        Assert.Equal(["Log", "X", "Facebook", "Instagram", "Telegram", "Mastodon", "Threads", "Bluesky", "WhatsApp"], networks.All.Select(n => n.Type));
        Assert.All(networks.Offered, n => Assert.NotEmpty(n.CredentialFields));
    }

    [Fact]
    public void Papan_OfferedWithItsLabelAndCredentialFields()
    {
        using var services = WithPapan();
        var papan = services.GetRequiredService<SocialNetworks>().Offered[^1];

        Assert.Equal("Papan", papan.Type);
        Assert.Equal("Papan Pengumuman Desa", papan.Label);
        Assert.Equal([("KunciPapan", true), ("IdPapan", false)], papan.CredentialFields.Select(f => (f.Key, f.Secret)));
        Assert.Equal("Papan memerlukan KunciPapan dan IdPapan.", papan.Missing(new Dictionary<string, string> { ["KunciPapan"] = "k" }, null));
        Assert.Null(papan.Missing(new Dictionary<string, string> { ["KunciPapan"] = "k", ["IdPapan"] = "7" }, null));
    }

    [Fact]
    public void Papan_ComposedAndEditCheckedWithItsOwnConfiguredLimits()
    {
        using var services = WithPapan(new() { ["CrossPosting:Limits:Papan:MaxLength"] = "60" });
        var networks = services.GetRequiredService<SocialNetworks>();
        var channel = CrossPostingServices.Channel("papan");

        var post = networks.Composer(channel).Compose(ComposerTestData.Draft(300));

        Assert.IsType<PapanComposer>(networks.Composer(channel));
        ComposerTestData.AssertLinkIntact(post);
        Assert.InRange(PapanComposer.Count(post.Text), 50, 60);
        Assert.True(post.Text.Length > 60, "the link counts 10 on the board, so the text is longer than the limit in characters");
        Assert.Equal(
            "Teks 61 karakter menurut hitungan Papan; batasnya 60.",
            networks.EditProblem(channel, new string('p', 50) + " " + ComposerTestData.Link, ComposerTestData.Link, false));
    }

    [Fact]
    public void Papan_LimitsValidatedOnStart()
    {
        using var services = WithPapan(new() { ["CrossPosting:Limits:Papan:MaxLength"] = "5" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PapanLimits>>().Value);
    }

    [Fact]
    public void DeclaredPapanChannel_Accepted_WithItsOwnCredentialKeys_UnknownTypeStillRefused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CrossPosting:Channels:papan-desa:Type"] = "Papan",
            ["CrossPosting:Channels:papan-desa:KunciPapan"] = "rahasia",
            ["CrossPosting:Channels:papan-desa:IdPapan"] = "7",
        };
        using (var services = WithPapan(settings))
        {
            var declared = services.GetRequiredService<IOptions<CrossPostingOptions>>().Value.Channels["papan-desa"];
            Assert.Equal(new Dictionary<string, string> { ["KunciPapan"] = "rahasia", ["IdPapan"] = "7" }, declared.Credentials());
        }

        using var without = CrossPostingServices.Build(settings);
        var refused = Assert.Throws<OptionsValidationException>(() => without.GetRequiredService<IOptions<CrossPostingOptions>>().Value);
        Assert.Contains("CrossPosting:Channels:papan-desa:Type \"Papan\" is not supported; use one of: Log, X, Facebook, Instagram, Telegram, Mastodon, Threads, Bluesky, WhatsApp.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Papan_SentThroughItsTypedClient_ChosenByType()
    {
        using var services = WithPapan();
        var channel = CrossPostingServices.Channel("Papan", "papan-desa", new Dictionary<string, string> { ["KunciPapan"] = "rahasia", ["IdPapan"] = "7" });
        var message = new OutboxMessage { Id = Guid.NewGuid(), MateriId = Guid.NewGuid(), Channel = channel.Name, ChannelType = "Papan", Text = "Pengumuman " + ComposerTestData.Link, Link = ComposerTestData.Link };

        // As the delivery processor picks a client: the ISocialChannel whose Type is the channel's.
        var client = services.GetServices<ISocialChannel>().Single(c => string.Equals(c.Type, channel.Type, StringComparison.OrdinalIgnoreCase));
        var result = await client.PostAsync(new DeliveryRequest(message, channel, _ => Task.FromResult<PostImage?>(null), (_, _) => Task.CompletedTask), CancellationToken.None);

        Assert.IsType<PapanClient>(client);
        Assert.Equal("1", result.RemoteId);
        Assert.Equal(("/papan/7/pengumuman", "rahasia", message.Text), Assert.Single(services.GetRequiredService<PapanBoard>().Received));
    }

    [Fact]
    public void SameTypeRegisteredTwice_Refused()
    {
        var services = new ServiceCollection();
        services.AddSocialNetwork<PapanNetwork>();

        Assert.Throws<InvalidOperationException>(() => services.AddSocialNetwork<PapanNetwork>());
    }
}
