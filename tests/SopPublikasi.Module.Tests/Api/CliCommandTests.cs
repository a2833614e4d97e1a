using SopPublikasi.Module.Cli;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.Module.Tests.Api;

public class CliCommandTests
{
    [Fact]
    public void Parse_WebHostArguments_Null() => Assert.Null(CliCommand.Parse(["--urls", "http://127.0.0.1:5000"]));

    [Fact]
    public void Parse_UserCreateWithRepeatedRoles_KeepsEveryRole()
    {
        var command = CliCommand.Parse(["user", "create", "--user", "sekcam", "--password", "Rahasia#2026", "--role", "PPID Pembantu", "--role", "Sekretaris"])!;

        Assert.Equal(("user", "create"), (command.Noun, command.Verb));
        Assert.Equal("sekcam", command.Value("user"));
        Assert.Equal(["PPID Pembantu", "Sekretaris"], command.All("role"));
    }

    [Theory]
    [InlineData("30m", 30 * 60)]
    [InlineData("12h", 12 * 3600)]
    [InlineData("1d", 86400)]
    [InlineData("90D", 90 * 86400)]
    public void TokenLifetime_Valid_Parsed(string text, int seconds)
    {
        Assert.True(TokenLifetime.TryParse(text, out var lifetime));
        Assert.Equal(seconds, lifetime.TotalSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("1w")]
    [InlineData("400d")]
    [InlineData("satu hari")]
    public void TokenLifetime_Invalid_Refused(string text) => Assert.False(TokenLifetime.TryParse(text, out _));
}
