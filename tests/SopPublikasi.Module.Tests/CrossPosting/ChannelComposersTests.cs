using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class ChannelComposersTests
{
    [Theory]
    [InlineData(ChannelTypes.X, typeof(XComposer))]
    [InlineData("facebook", typeof(FacebookComposer))]
    [InlineData(ChannelTypes.Instagram, typeof(InstagramComposer))]
    [InlineData(ChannelTypes.Telegram, typeof(TelegramComposer))]
    [InlineData("MASTODON", typeof(MastodonComposer))]
    [InlineData(ChannelTypes.Log, typeof(LogComposer))]
    public void For_ChannelType_MatchingComposer(string channelType, Type expected)
    {
        var composer = ChannelComposers.For(channelType, new CompositionLimits());

        Assert.IsType(expected, composer);
        Assert.Equal(channelType, composer.ChannelType, ignoreCase: true);
    }

    [Fact]
    public void For_UnknownType_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChannelComposers.For("Friendster", new CompositionLimits()));
    }

    [Fact]
    public void For_ConfiguredLimits_Used()
    {
        var limits = new CompositionLimits { X = { MaxWeightedLength = 50 } };

        var post = ChannelComposers.For(ChannelTypes.X, limits).Compose(ComposerTestData.Draft(200));

        Assert.InRange(post.Length, 45, 50);
    }
}
