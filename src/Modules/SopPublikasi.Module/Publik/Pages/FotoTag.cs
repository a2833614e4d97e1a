namespace SopPublikasi.Module.Publik.Pages;

/// <summary>
/// A photo as the public pages draw it (<c>_Foto</c>): a picture with the WebP variants and the JPEG ones, its pixel
/// size, and how eagerly the browser fetches it: lazily below the fold, at once (with high priority for the page's
/// main picture) above it.
/// </summary>
public sealed record FotoTag(BeritaEndpoints.FotoView Foto, string Sizes, string CssClass, FotoTag.Fetch Loading = FotoTag.Fetch.Lazy)
{
    public enum Fetch
    {
        /// <summary>Below the fold: loading="lazy".</summary>
        Lazy,

        /// <summary>In the first screen: fetched at once.</summary>
        Eager,

        /// <summary>The first screen's main picture (the largest contentful paint): fetched at once, first.</summary>
        High,
    }

    /// <summary>The variant the img element names in src: the narrowest JPEG at least 480 px wide, else the largest.</summary>
    public BeritaEndpoints.VarianView Src => Foto.Fallback.FirstOrDefault(v => v.Lebar >= 480) ?? Foto.Largest;
}
