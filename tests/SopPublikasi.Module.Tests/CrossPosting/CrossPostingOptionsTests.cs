using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.Module.Tests.CrossPosting;

/// <summary>The cross-posting settings the site refuses to start with (they are validated on start).</summary>
public class CrossPostingOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(Validate(new CrossPostingOptions()));

    [Theory]
    [InlineData(1023)]
    [InlineData(5 * 1024 * 1024 + 1)]
    [InlineData(0)]
    public void XMediaSegmentBytes_OutsideOneKilobyteToFiveMegabytes_Refused(int bytes)
    {
        var errors = Validate(new CrossPostingOptions { XMediaSegmentBytes = bytes });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(CrossPostingOptions.XMediaSegmentBytes)));
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(5 * 1024 * 1024)]
    public void XMediaSegmentBytes_AtTheBounds_Accepted(int bytes) =>
        Assert.Empty(Validate(new CrossPostingOptions { XMediaSegmentBytes = bytes }));

    [Fact]
    public void XMediaStatusPolls_Zero_Refused() =>
        Assert.Contains(Validate(new CrossPostingOptions { XMediaStatusPolls = 0 }), e => e.MemberNames.Contains(nameof(CrossPostingOptions.XMediaStatusPolls)));

    internal static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
