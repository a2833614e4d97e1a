using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Push;

namespace SopPublikasi.Module.Tests.Push;

/// <summary>The "Push" section is checked on start: off without keys, refused with half a pair, a wrong pair or no subject.</summary>
public sealed class PushOptionsTests
{
    private static readonly (string Public, string Private) Pair = VapidKeys.Create();

    private static List<ValidationResult> Validate(PushOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void NoKeys_PushIsOffAndValid()
    {
        var options = new PushOptions();
        Assert.False(options.Enabled);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void CompletePair_IsOnAndValid()
    {
        var options = new PushOptions { VapidPublicKey = Pair.Public, VapidPrivateKey = Pair.Private, Subject = "mailto:admin@kecamatan-contoh.go.id" };
        Assert.True(options.Enabled);
        Assert.Empty(Validate(options));
        Assert.Empty(Validate(new PushOptions { VapidPublicKey = Pair.Public, VapidPrivateKey = Pair.Private, Subject = "https://kecamatan-contoh.go.id/kontak" }));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void HalfAPair_Refused(bool withPublic, bool withPrivate)
    {
        var results = Validate(new PushOptions
        {
            VapidPublicKey = withPublic ? Pair.Public : null,
            VapidPrivateKey = withPrivate ? Pair.Private : null,
            Subject = "mailto:admin@kecamatan-contoh.go.id",
        });
        Assert.Contains(results, r => r.ErrorMessage!.Contains("must be set together", StringComparison.Ordinal));
    }

    [Fact]
    public void KeysOfTwoDifferentPairs_Refused()
    {
        var other = VapidKeys.Create();
        var results = Validate(new PushOptions { VapidPublicKey = Pair.Public, VapidPrivateKey = other.PrivateKey, Subject = "mailto:admin@kecamatan-contoh.go.id" });
        Assert.Contains(results, r => r.ErrorMessage!.Contains("does not belong", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bukan-kunci", null)]
    [InlineData(null, "AAAA")]
    public void MalformedKey_Refused(string? publicKey, string? privateKey)
    {
        var results = Validate(new PushOptions
        {
            VapidPublicKey = publicKey ?? Pair.Public,
            VapidPrivateKey = privateKey ?? Pair.Private,
            Subject = "mailto:admin@kecamatan-contoh.go.id",
        });
        Assert.Single(results);
        Assert.Contains("base64url", results[0].ErrorMessage!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("admin@kecamatan-contoh.go.id")]
    [InlineData("http://kecamatan-contoh.go.id")]
    [InlineData("mailto:")]
    public void MissingOrWrongSubject_Refused(string? subject)
    {
        var results = Validate(new PushOptions { VapidPublicKey = Pair.Public, VapidPrivateKey = Pair.Private, Subject = subject });
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(PushOptions.Subject)));
    }

    [Fact]
    public void CreatedPair_HasTheWireShape()
    {
        Assert.Equal(65, VapidKeys.Decode(Pair.Public)!.Length);
        Assert.Equal(0x04, VapidKeys.Decode(Pair.Public)![0]);
        Assert.Equal(32, VapidKeys.Decode(Pair.Private)!.Length);
        Assert.Null(VapidKeys.Problem(Pair.Public, Pair.Private));
        Assert.NotEqual(Pair.Public, VapidKeys.Create().PublicKey);
    }

    [Fact]
    public void Payload_CarriesOnlyTheNotificationsTextAndLink_WithinTheSizeAPushServiceTakes()
    {
        var n = new UserNotification
        {
            UserId = "u1",
            Title = "Tugas baru: Rapat Koordinasi",
            Body = new string('é', 5000),
            Link = "/admin/materi/5",
            EmailTo = "staf@kecamatan-contoh.go.id",
            Kind = "tugas-baru",
        };
        var json = PushSender.Payload(n);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) <= PushSender.MaxPayloadBytes, json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["judul", "isi", "tautan"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tugas baru: Rapat Koordinasi", doc.RootElement.GetProperty("judul").GetString());
        Assert.EndsWith("…", doc.RootElement.GetProperty("isi").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("kecamatan-contoh.go.id", json, StringComparison.Ordinal);

        n.Body = "Disposisi diberikan (langkah 2 SOP).";
        Assert.Equal("""{"judul":"Tugas baru: Rapat Koordinasi","isi":"Disposisi diberikan (langkah 2 SOP).","tautan":"/admin/materi/5"}""", PushSender.Payload(n));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome di Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari di iOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox di Windows")]
    [InlineData(null, "Peramban di perangkat lain")]
    public void DeviceLabel_FromTheUserAgent(string? userAgent, string label) => Assert.Equal(label, PushDevices.LabelOf(userAgent));
}
