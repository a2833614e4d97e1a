using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class InstagramImageRulesTests
{
    [Fact]
    public void Plan_Tall_CentredCropTo4By5()
    {
        var plan = InstagramImageRules.Plan(1000, 2000);

        Assert.Equal(new ImageCropPlan(1000, 2000, 0, 375, 1000, 1250, 1000, 1250), plan);
        Assert.True(plan.NeedsCrop);
        Assert.False(plan.NeedsResize);
    }

    [Fact]
    public void Plan_Wide_CentredCropTo191By100ThenScaledDown()
    {
        var plan = InstagramImageRules.Plan(3000, 1000);

        Assert.Equal(new ImageCropPlan(3000, 1000, 545, 0, 1910, 1000, 1440, 754), plan);
    }

    [Fact]
    public void Plan_Square_Unchanged()
    {
        var plan = InstagramImageRules.Plan(1080, 1080);

        Assert.Equal(new ImageCropPlan(1080, 1080, 0, 0, 1080, 1080, 1080, 1080), plan);
        Assert.False(plan.NeedsCrop);
        Assert.False(plan.NeedsResize);
    }

    [Theory]
    [InlineData(100, 100, 0, 0, 100, 100, 320, 320)]
    [InlineData(200, 400, 0, 75, 200, 250, 320, 400)]
    [InlineData(1, 5000, 0, 2499, 1, 1, 320, 320)]
    [InlineData(5000, 1, 2499, 0, 1, 1, 320, 320)]
    public void Plan_Tiny_ScaledUpTo320Wide(int width, int height, int x, int y, int cropWidth, int cropHeight, int targetWidth, int targetHeight)
    {
        Assert.Equal(new ImageCropPlan(width, height, x, y, cropWidth, cropHeight, targetWidth, targetHeight), InstagramImageRules.Plan(width, height));
    }

    [Theory]
    [InlineData(8000, 6000, 0, 0, 8000, 6000, 1440, 1080)]
    [InlineData(4000, 12000, 0, 3500, 4000, 5000, 1440, 1800)]
    [InlineData(20000, 5000, 5225, 0, 9550, 5000, 1440, 754)]
    public void Plan_Huge_ScaledDownTo1440Wide(int width, int height, int x, int y, int cropWidth, int cropHeight, int targetWidth, int targetHeight)
    {
        Assert.Equal(new ImageCropPlan(width, height, x, y, cropWidth, cropHeight, targetWidth, targetHeight), InstagramImageRules.Plan(width, height));
    }

    [Fact]
    public void Plan_AnySize_ResultWithinInstagramRules()
    {
        int[] sizes = [1, 2, 3, 7, 99, 319, 320, 321, 799, 800, 1000, 1001, 1439, 1440, 1441, 1910, 1911, 2500, 4999, 10007];
        foreach (var width in sizes)
        {
            foreach (var height in sizes)
            {
                var plan = InstagramImageRules.Plan(width, height);
                var ratio = (decimal)plan.TargetWidth / plan.TargetHeight;

                Assert.InRange(plan.TargetWidth, 320, 1440);
                Assert.InRange(ratio, 0.8m, 1.91m);
                Assert.InRange(plan.CropX + plan.CropWidth, 1, width);
                Assert.InRange(plan.CropY + plan.CropHeight, 1, height);
                Assert.InRange(Math.Abs(plan.CropX - (width - plan.CropX - plan.CropWidth)), 0, 1);
                Assert.InRange(Math.Abs(plan.CropY - (height - plan.CropY - plan.CropHeight)), 0, 1);
            }
        }
    }

    [Fact]
    public void Plan_ConfiguredRules_Used()
    {
        var plan = InstagramImageRules.Plan(1000, 1000, new InstagramLimits { MinAspectRatio = 1.25m, MaxImageWidth = 500 });

        Assert.Equal(new ImageCropPlan(1000, 1000, 0, 100, 1000, 800, 500, 400), plan);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, -1)]
    public void Plan_NoPixels_Throws(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InstagramImageRules.Plan(width, height));
    }
}
