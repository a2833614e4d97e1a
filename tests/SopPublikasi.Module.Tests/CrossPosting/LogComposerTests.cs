using SopPublikasi.Module.CrossPosting.Composition;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class LogComposerTests
{
    [Fact]
    public void Compose_VeryLong_NeverShortened()
    {
        var draft = Draft(100_000, "sekolah");

        var post = new LogComposer().Compose(draft);

        Assert.False(post.Shortened);
        Assert.Equal($"{Title}\n\n{draft.Summary}\n\n{Link}\n\n#sekolah", post.Text);
        Assert.Equal(post.Text.Length, post.Length);
    }

    [Fact]
    public void Compose_NoImage_Accepted()
    {
        var post = new LogComposer().Compose(Draft(10) with { ImageUrl = null });

        Assert.True(post.Succeeded);
        AssertLinkIntact(post);
    }
}
