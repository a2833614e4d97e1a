namespace SopPublikasi.Module.Media;

public static class MediaUrls
{
    /// <summary>The address of an uploaded file (its variants are at <see cref="MediaVariant.Url"/>).</summary>
    public static string Of(Guid id) => $"/media/{id}";
}
