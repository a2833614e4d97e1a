using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Log;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.X;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>What a verifier's edit of a post must keep, and each network's limit counted its way.</summary>
public class PostEditRulesTests
{
    private const string Link = "https://contoh.go.id/berita/a";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_Refused(string text) => Assert.Equal("Teks kiriman wajib diisi.", Problem(XNetwork.Name, text));

    [Fact]
    public void WithoutLink_Refused() => Assert.Contains("harus tetap ada", Problem(LogNetwork.Name, "Tanpa tautan"), StringComparison.Ordinal);

    [Fact]
    public void X_LinkCountsAsTco_LongUrlFits()
    {
        var longLink = "https://contoh.go.id/berita/" + new string('a', 400);
        Assert.Null(Problem(XNetwork.Name, new string('k', 250) + " " + longLink, longLink));
        var refused = Problem(XNetwork.Name, new string('k', 260) + " " + longLink, longLink);
        Assert.Equal("Teks 284 karakter menurut hitungan X; batasnya 280.", refused);
    }

    [Fact]
    public void Telegram_CaptionLimitOnlyWithImage()
    {
        var text = new string('t', 2000) + " " + Link;
        Assert.Null(Problem(TelegramNetwork.Name, text));
        Assert.Contains("batasnya 1024", Problem(TelegramNetwork.Name, text, hasImage: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Instagram_TooManyHashtags_Refused()
    {
        var text = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"#tagar{i}")) + " " + Link;
        Assert.Equal("Instagram menerima paling banyak 5 tagar.", Problem(InstagramNetwork.Name, text));
    }

    [Fact]
    public void Mastodon_InstanceLimit_Used()
    {
        using var services = CrossPostingServices.Build();
        services.GetRequiredService<Module.CrossPosting.Channels.MastodonInstanceLimits>().Learn("kanal", new() { MaxCharacters = 50 });
        var problem = services.GetRequiredService<SocialNetworks>().EditProblem(CrossPostingServices.Channel(MastodonNetwork.Name), new string('m', 40) + " " + Link, Link, false);
        Assert.Equal("Teks 64 karakter menurut hitungan Mastodon; batasnya 50.", problem);
    }

    [Fact]
    public void Log_NoLimit() => Assert.Null(Problem(LogNetwork.Name, new string('l', 100_000) + " " + Link));

    private static string? Problem(string type, string text, string link = Link, bool hasImage = false)
    {
        using var services = CrossPostingServices.Build();
        return services.GetRequiredService<SocialNetworks>().EditProblem(CrossPostingServices.Channel(type), text, link, hasImage);
    }
}
