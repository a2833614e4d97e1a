namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// How to turn an image into one Instagram accepts: cut out the crop rectangle (in source pixels), then scale it to
/// the target size. Kept as numbers so the decision is tested without decoding any image.
/// </summary>
public sealed record ImageCropPlan(
    int SourceWidth, int SourceHeight, int CropX, int CropY, int CropWidth, int CropHeight, int TargetWidth, int TargetHeight)
{
    public bool NeedsCrop => CropWidth != SourceWidth || CropHeight != SourceHeight;

    public bool NeedsResize => TargetWidth != CropWidth || TargetHeight != CropHeight;
}
