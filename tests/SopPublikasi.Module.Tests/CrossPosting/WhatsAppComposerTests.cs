using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.WhatsApp;
using static SopPublikasi.Module.Tests.CrossPosting.ComposerTestData;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>The WhatsApp hand-off text: bold title, short lead, the link on its own line, within configured limits.</summary>
public class WhatsAppComposerTests
{
    private readonly WhatsAppComposer _composer = new(new WhatsAppLimits());

    [Fact]
    public void Compose_BoldTitle_Lead_ItalicCue_LinkOnItsOwnLine_NoHashtags()
    {
        var post = _composer.Compose(new PostDraft(Title, "Rapat membahas jadwal ujian.", Link, ["sekolah", "guru"], ImageUrl));

        Assert.Equal($"*{Title}*\n\nRapat membahas jadwal ujian.\n\n_Selengkapnya:_\n{Link}", post.Text);
        Assert.Equal((false, post.Text.Length), (post.Shortened, post.Length));
        Assert.Contains($"\n{Link}", post.Text.Split('\n').Select(l => "\n" + l), StringComparer.Ordinal);
        Assert.Equal(WhatsAppNetwork.Name, _composer.ChannelType);
    }

    [Fact]
    public void Compose_NoSummary_NoEmptyLines()
    {
        var post = _composer.Compose(new PostDraft(Title, "   ", Link, []));

        Assert.Equal($"*{Title}*\n\n_Selengkapnya:_\n{Link}", post.Text);
    }

    [Fact]
    public void Compose_LongSummary_LeadCutAtWordToMaxLeadLength()
    {
        var draft = Draft(900);

        var post = _composer.Compose(draft);

        Assert.True(post.Shortened);
        var lead = post.Text.Split("\n\n")[1];
        Assert.EndsWith("…", lead, StringComparison.Ordinal);
        Assert.InRange(lead.Length, 290, 300);
        AssertCutAtWord(post.Text, draft.Summary);
        AssertLinkIntact(post);
    }

    [Fact]
    public void Compose_SummaryAtMaxLead_Unchanged()
    {
        var draft = Draft(300);

        var post = _composer.Compose(draft);

        Assert.False(post.Shortened);
        Assert.Contains("\n\n" + draft.Summary + "\n\n", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OverMaxTextLength_LeadGivesWayFirst_TitleAndLinkKept()
    {
        var composer = new WhatsAppComposer(new WhatsAppLimits { MaxTextLength = 120, MaxLeadLength = 300 });

        var post = composer.Compose(Draft(280));

        Assert.True(post.Shortened);
        Assert.InRange(post.Length, 100, 120);
        Assert.StartsWith($"*{Title}*\n\n", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("_Selengkapnya:_\n" + Link, post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_LinkAloneOverLimit_FailsWithReason()
    {
        var composer = new WhatsAppComposer(new WhatsAppLimits { MaxTextLength = 20 });

        var post = composer.Compose(Draft(10));

        Assert.False(post.Succeeded);
        Assert.Contains("batas 20", post.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AsteriskInTitle_CannotEndTheBoldTitle_LinkUntouched()
    {
        const string link = "https://contoh.sch.id/berita/a_b*c";

        var post = _composer.Compose(new PostDraft("Diskon *besar* hari ini", "Kode ```x``` dan *tebal*", link, []));

        Assert.StartsWith("*Diskon \u2217besar\u2217 hari ini*\n\n", post.Text, StringComparison.Ordinal);
        Assert.Equal(2, post.Text.Split('\n')[0].Count(c => c == '*'));
        Assert.Contains("Kode `\u200B``x`\u200B`` dan \u2217tebal\u2217", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n" + link, post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_HandOff_NoClient_DestinationOnly_ComposedWithConfiguredLimits()
    {
        using var services = CrossPostingServices.Build(new() { ["CrossPosting:Limits:WhatsApp:MaxTextLength"] = "150" });
        var networks = services.GetRequiredService<SocialNetworks>();
        var whatsApp = networks.Find("whatsapp")!;

        Assert.Equal(("WhatsApp", "WhatsApp (kirim manual)", true), (whatsApp.Type, whatsApp.Label, whatsApp.SentByHand));
        Assert.Equal(["WhatsApp"], networks.HandOffTypes);
        Assert.Equal([("Tujuan", false)], whatsApp.CredentialFields.Select(f => (f.Key, f.Secret)));
        Assert.DoesNotContain(services.GetServices<ISocialChannel>(), c => string.Equals(c.Type, "WhatsApp", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Tujuan", whatsApp.Missing(new Dictionary<string, string>(), null), StringComparison.Ordinal);
        Assert.Null(whatsApp.Missing(new Dictionary<string, string> { ["Tujuan"] = "Grup RT 03" }, null));

        var channel = CrossPostingServices.Channel("WhatsApp", "wa-rt03", new Dictionary<string, string> { ["Tujuan"] = "Grup RT 03" });
        var post = networks.Composer(channel).Compose(Draft(600));
        Assert.InRange(post.Length, 130, 150);
        Assert.Equal("Teks 151 karakter menurut hitungan WhatsApp; batasnya 150.", networks.EditProblem(channel, new string('w', 150 - Link.Length) + "\n" + Link, Link, false));
        Assert.Null(networks.EditProblem(channel, "*Judul*\n" + Link, Link, false));
    }

    [Theory]
    [InlineData("MaxTextLength", "65537")]
    [InlineData("MaxTextLength", "0")]
    [InlineData("MaxLeadLength", "-1")]
    public void Limits_BeyondWhatsAppsMessageLimit_RefusedOnStart(string key, string value)
    {
        using var services = CrossPostingServices.Build(new() { [$"CrossPosting:Limits:WhatsApp:{key}"] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WhatsAppLimits>>().Value);
    }

    [Fact]
    public void StatusText_WaitsForAPerson_ThenSentByHandWithWhoAndWhenInWib()
    {
        var channel = CrossPostingServices.Channel("WhatsApp", "wa-rt03", new Dictionary<string, string> { ["Tujuan"] = "Grup RT 03" });
        var row = new OutboxMessage { Status = OutboxStatus.Manual, ChannelType = "WhatsApp", Channel = "wa-rt03" };

        Assert.Equal("Menunggu dikirim manual", CrossPostStatusText.Label(row, channel));
        Assert.Contains("Grup RT 03", CrossPostStatusText.Detail(row, channel), StringComparison.Ordinal);
        Assert.True(CrossPostStatusText.AwaitsPerson(row));
        Assert.False(CrossPostStatusText.CanRetry(row));

        row.Status = OutboxStatus.Sent;
        row.SentByName = "Siti Rahayu";
        row.SentAt = new DateTimeOffset(2026, 12, 7, 2, 30, 0, TimeSpan.Zero);
        Assert.Equal("Terkirim manual oleh Siti Rahayu, Senin, 7 Desember 2026 pukul 09.30 WIB", CrossPostStatusText.Label(row, channel));
        Assert.False(CrossPostStatusText.AwaitsPerson(row));
        Assert.False(CrossPostStatusText.CanCancel(row));
    }
}
