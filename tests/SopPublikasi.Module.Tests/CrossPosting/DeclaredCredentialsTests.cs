using SopPublikasi.Module.CrossPosting.Channels;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>Which credentials a declared channel uses: its configuration, or the newer ones the app stored for it.</summary>
public class DeclaredCredentialsTests
{
    private static readonly Dictionary<string, string> Configured = new() { ["ClientId"] = "klien", ["AccessToken"] = "akses-0", ["RefreshToken"] = "segar-0" };

    [Fact]
    public void NothingStored_TheConfiguration() =>
        Assert.Equal(Configured, DeclaredCredentials.Merge(Configured, new Dictionary<string, string>()));

    [Fact]
    public void RefreshedFromThisConfiguration_TheStoredTokensWin()
    {
        var stored = DeclaredCredentials.Update(Configured, new Dictionary<string, string>(), new Dictionary<string, string> { ["AccessToken"] = "akses-1", ["RefreshToken"] = "segar-1" });

        var used = DeclaredCredentials.Merge(Configured, stored);

        Assert.Equal("akses-1", used["AccessToken"]);
        Assert.Equal("segar-1", used["RefreshToken"]);
        Assert.Equal("klien", used["ClientId"]);
        Assert.DoesNotContain(DeclaredCredentials.BasisKey, used.Keys);
    }

    [Fact]
    public void RefreshedTwice_TheLatestWins()
    {
        var once = DeclaredCredentials.Update(Configured, new Dictionary<string, string>(), new Dictionary<string, string> { ["AccessToken"] = "akses-1", ["RefreshToken"] = "segar-1" });
        var twice = DeclaredCredentials.Update(Configured, once, new Dictionary<string, string> { ["AccessToken"] = "akses-2", ["RefreshToken"] = "segar-2" });

        Assert.Equal("segar-2", DeclaredCredentials.Merge(Configured, twice)["RefreshToken"]);
    }

    [Fact]
    public void ConfigurationChangedSince_TheConfigurationWins()
    {
        var stored = DeclaredCredentials.Update(Configured, new Dictionary<string, string>(), new Dictionary<string, string> { ["AccessToken"] = "akses-1", ["RefreshToken"] = "segar-1" });
        var reauthorized = new Dictionary<string, string>(Configured) { ["AccessToken"] = "akses-baru", ["RefreshToken"] = "segar-baru" };

        var used = DeclaredCredentials.Merge(reauthorized, stored);

        Assert.Equal("akses-baru", used["AccessToken"]);
        Assert.Equal("segar-baru", used["RefreshToken"]);
    }

    [Fact]
    public void ConfigurationChangedThenRefreshed_OnlyTheNewPairIsKept()
    {
        var old = DeclaredCredentials.Update(Configured, new Dictionary<string, string>(), new Dictionary<string, string> { ["AccessToken"] = "akses-1", ["RefreshToken"] = "segar-1", ["Lain"] = "lama" });
        var reauthorized = new Dictionary<string, string>(Configured) { ["RefreshToken"] = "segar-baru" };

        var stored = DeclaredCredentials.Update(reauthorized, old, new Dictionary<string, string> { ["AccessToken"] = "akses-2", ["RefreshToken"] = "segar-2" });

        var used = DeclaredCredentials.Merge(reauthorized, stored);
        Assert.Equal("segar-2", used["RefreshToken"]);
        Assert.False(used.ContainsKey("Lain"));
    }

    [Fact]
    public void StoredBeforeFingerprints_StillWins() =>
        Assert.Equal("segar-lama", DeclaredCredentials.Merge(Configured, new Dictionary<string, string> { ["RefreshToken"] = "segar-lama" })["RefreshToken"]);
}
