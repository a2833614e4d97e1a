using System.Net;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.Tests.Security;

public class OutboundTargetsTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.100.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("103.10.20.30", true)]
    [InlineData("2606:4700:4700::1111", true)]
    public void IsPublic(string address, bool expected) => Assert.Equal(expected, NetworkAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://hooks.example.go.id/sop", false)]
    [InlineData("https://localhost/x", true)]
    [InlineData("https://api.localhost/x", true)]
    [InlineData("http://169.254.169.254/", true)]
    [InlineData("http://[fe80::1]/", true)]
    public void RefusalOf_LiteralAddressesAndLocalhost(string url, bool refused)
    {
        Assert.Equal(refused, NetworkAddresses.RefusalOf(new Uri(url), allowPrivate: false) is not null);
        Assert.Null(NetworkAddresses.RefusalOf(new Uri(url), allowPrivate: true));
    }

    [Fact]
    public async Task Connect_ToANameThatResolvesInside_Refused_BeforeAnyConnection()
    {
        var refused = await Assert.ThrowsAsync<PrivateTargetException>(async () =>
            await GuardedConnections.ConnectAsync(new DnsEndPoint("localhost", 9), allowPrivate: false, CancellationToken.None));

        Assert.Contains("jaringan lokal atau privat", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SocialClient_ToAPrivateTarget_PausesTheChannelWithTheReason()
    {
        var options = new StaticOptionsMonitor(new OutboundOptions());
        using var http = new HttpClient(GuardedConnections.Handler(options));
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9/api/v1/statuses");

        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() => SocialHttp.SendAsync(http, request, "Mastodon", CancellationToken.None));

        Assert.Equal(FailureKind.NeedsReauthorization, failure.Kind);
        Assert.Contains("jaringan lokal atau privat", failure.Message, StringComparison.Ordinal);
    }

    private sealed class StaticOptionsMonitor(OutboundOptions value) : Microsoft.Extensions.Options.IOptionsMonitor<OutboundOptions>
    {
        public OutboundOptions CurrentValue => value;

        public OutboundOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OutboundOptions, string?> listener) => null;
    }

    [Theory]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", true)]
    [InlineData("123456789:AA../../x", false)]
    [InlineData("123456789:AA/getMe?", false)]
    [InlineData("123456789:AA%2F", false)]
    [InlineData("bot:abc", false)]
    [InlineData("123:abc\n", false)]
    public void TelegramToken_OnlyTheShapeBotFatherGives(string token, bool wellFormed) =>
        Assert.Equal(wellFormed, TelegramNetwork.IsWellFormedToken(token));
}
