using SopPublikasi.Module.CrossPosting.Networks;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class PostRemovalTests
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Api_DeletesAtAnyTime() => Assert.True(PostRemoval.Api.CanDeleteByApi(Sent, Sent.AddDays(400)));

    [Theory]
    [InlineData(47.9, true)]
    [InlineData(48, false)]
    [InlineData(72, false)]
    public void ApiWithin_DeletesOnlyInsideTheWindow(double hoursLater, bool expected) =>
        Assert.Equal(expected, PostRemoval.ApiWithin(TimeSpan.FromHours(48)).CanDeleteByApi(Sent, Sent.AddHours(hoursLater)));

    [Fact]
    public void Manual_NeverDeletesByApi_AndSaysWhatToDo()
    {
        var removal = PostRemoval.Manual("Hapus unggahan ini langsung di Instagram.");
        Assert.False(removal.CanDeleteByApi(Sent, Sent));
        Assert.Equal("Hapus unggahan ini langsung di Instagram.", removal.ManualHint);
    }
}
