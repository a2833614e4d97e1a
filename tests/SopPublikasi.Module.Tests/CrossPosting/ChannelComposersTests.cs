using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Log;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>The composer each registered network gives a channel, with the limits configured for that network.</summary>
public class ChannelComposersTests
{
    [Theory]
    [InlineData(XNetwork.Name, typeof(XComposer))]
    [InlineData("facebook", typeof(FacebookComposer))]
    [InlineData(InstagramNetwork.Name, typeof(InstagramComposer))]
    [InlineData(TelegramNetwork.Name, typeof(TelegramComposer))]
    [InlineData("MASTODON", typeof(MastodonComposer))]
    [InlineData("bluesky", typeof(BlueskyComposer))]
    [InlineData(LogNetwork.Name, typeof(LogComposer))]
    public void For_ChannelType_MatchingComposer(string channelType, Type expected)
    {
        using var services = CrossPostingServices.Build();

        var composer = services.GetRequiredService<SocialNetworks>().Composer(CrossPostingServices.Channel(channelType));

        Assert.IsType(expected, composer);
        Assert.Equal(channelType, composer.ChannelType, ignoreCase: true);
    }

    [Fact]
    public void For_UnknownType_Throws()
    {
        using var services = CrossPostingServices.Build();

        Assert.Throws<ArgumentException>(() => services.GetRequiredService<SocialNetworks>().Composer(CrossPostingServices.Channel("Friendster")));
    }

    [Fact]
    public void For_ConfiguredLimits_Used()
    {
        using var services = CrossPostingServices.Build(new() { ["CrossPosting:Limits:X:MaxWeightedLength"] = "50" });

        var post = services.GetRequiredService<SocialNetworks>().Composer(CrossPostingServices.Channel(XNetwork.Name)).Compose(ComposerTestData.Draft(200));

        Assert.InRange(post.Length, 45, 50);
    }

    [Fact]
    public void ConfiguredLimit_OutOfRange_RefusedOnStart()
    {
        using var services = CrossPostingServices.Build(new() { ["CrossPosting:Limits:Telegram:MaxCaptionLength"] = "0" });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TelegramLimits>>().Value);

        Assert.Contains(nameof(TelegramLimits.MaxCaptionLength), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mastodon_InstanceLimitsLearnt_UsedForThatChannelOnly()
    {
        using var services = CrossPostingServices.Build();
        services.GetRequiredService<MastodonInstanceLimits>().Learn("kecil", new MastodonLimits { MaxCharacters = 100 });
        var networks = services.GetRequiredService<SocialNetworks>();

        var small = networks.Composer(CrossPostingServices.Channel(MastodonNetwork.Name, "kecil")).Compose(ComposerTestData.Draft(400));
        var other = networks.Composer(CrossPostingServices.Channel(MastodonNetwork.Name, "lain")).Compose(ComposerTestData.Draft(400));

        Assert.InRange(small.Length, 1, 100);
        Assert.InRange(other.Length, 101, 500);
    }
}
