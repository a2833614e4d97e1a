namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Instagram refuses an image outside 4:5 to 1.91:1 (error 36003) or outside 320-1440 pixels wide, and an article
/// cover can be anything. Rather than fail the post, the cover is cropped around its centre to the nearest accepted
/// ratio (only the overlong side is cut) and scaled into the width range, up for tiny images, down for huge ones.
/// </summary>
public static class InstagramImageRules
{
    public static ImageCropPlan Plan(int width, int height) => Plan(width, height, new InstagramLimits());

    public static ImageCropPlan Plan(int width, int height, InstagramLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(limits);

        // Rounded towards the accepted side, so a crop never lands a pixel outside the range.
        var cropWidth = width;
        var cropHeight = height;
        if ((decimal)width / height < limits.MinAspectRatio)
        {
            cropHeight = Math.Max(1, (int)Math.Floor(width / limits.MinAspectRatio));
        }
        else if ((decimal)width / height > limits.MaxAspectRatio)
        {
            cropWidth = Math.Max(1, (int)Math.Floor(height * limits.MaxAspectRatio));
        }

        var targetWidth = Math.Clamp(cropWidth, limits.MinImageWidth, limits.MaxImageWidth);
        var targetHeight = (int)Math.Round((decimal)cropHeight * targetWidth / cropWidth, MidpointRounding.AwayFromZero);

        // Scaling rounds the height; keep the ratio inside the range after rounding too.
        targetHeight = Math.Clamp(
            targetHeight,
            (int)Math.Ceiling(targetWidth / limits.MaxAspectRatio),
            (int)Math.Floor(targetWidth / limits.MinAspectRatio));
        return new ImageCropPlan(width, height, (width - cropWidth) / 2, (height - cropHeight) / 2, cropWidth, cropHeight, targetWidth, targetHeight);
    }
}
