using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// The footer's social accounts follow the "Saluran Media Sosial" page at once, though every public page is output
/// cached: a channel switched off or on, a channel added with its profile address (https only, a message beside the
/// field otherwise, nothing saved).
/// </summary>
public sealed class FooterProfileTests : IDisposable
{
    private const string Facebook = "https://www.facebook.com/kecamatan.contoh";
    private const string Saluran = "/admin/media-sosial/saluran";

    private readonly SopAppFactory _factory = new();
    private readonly Browser _visitor;

    public FooterProfileTests()
    {
        _factory.Settings["CrossPosting:Channels:log:ProfilUrl"] = Facebook;
        _visitor = new Browser(_factory);
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ChannelSwitchedOffAndOn_FooterOfCachedPagesFollowsAtOnce()
    {
        await _factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(_factory, "admin");
        Assert.Contains(Facebook, await FooterLinksAsync("/"));
        Assert.Contains(Facebook, await FooterLinksAsync("/ppid"));

        await admin.SubmitAsync(Saluran, "tr[data-saluran='log'] form[data-aksi='aktif']", []);
        Assert.DoesNotContain(Facebook, await FooterLinksAsync("/"));
        Assert.DoesNotContain(Facebook, await FooterLinksAsync("/ppid"));

        await admin.SubmitAsync(Saluran, "tr[data-saluran='log'] form[data-aksi='aktif']", []);
        Assert.Contains(Facebook, await FooterLinksAsync("/"));
    }

    [Fact]
    public async Task ChannelAddedWithAProfile_InTheFooterAtOnce_AnAddressNotHttpsIsRefusedBesideTheField()
    {
        await _factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(_factory, "admin");
        const string Telegram = "https://t.me/kecamatan_contoh";
        Assert.DoesNotContain(Telegram, await FooterLinksAsync("/"));
        var fields = new Dictionary<string, object>
        {
            ["Input.Nama"] = "telegram-kecamatan",
            ["Input.Jenis"] = "Telegram",
            ["Input.Kredensial[BotToken]"] = "123456:rahasia",
            ["Input.Kredensial[ChatId]"] = "@kecamatan_contoh",
            ["Input.ProfilUrl"] = "http://t.me/kecamatan_contoh",
        };

        var refused = await admin.SubmitAsync(Saluran, "form[data-aksi='simpan']", fields);
        Assert.Contains("https://", refused.Document.QuerySelector("[data-valmsg-for='Input.ProfilUrl']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(_factory.WithDb(db => db.SocialChannels.Find("telegram-kecamatan")));

        fields["Input.ProfilUrl"] = Telegram;
        var saved = await admin.SubmitAsync(Saluran, "form[data-aksi='simpan']", fields);
        Assert.Equal(Telegram, saved.Document.QuerySelector("tr[data-saluran='telegram-kecamatan'] [data-testid=profil]")?.GetAttribute("href"));
        Assert.Contains(Telegram, await FooterLinksAsync("/"));
        Assert.Contains(Facebook, await FooterLinksAsync("/"));
    }

    private async Task<List<string?>> FooterLinksAsync(string url)
    {
        var page = await _visitor.GetAsync(url);
        return [.. page.Document.QuerySelectorAll("[data-testid=footer-sosial] a").Select(a => a.GetAttribute("href"))];
    }
}
