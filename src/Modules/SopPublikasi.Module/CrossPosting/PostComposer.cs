using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>The text of a cross-post: title, summary and the link to the article on the public site.</summary>
public static class PostComposer
{
    public static string Compose(MateriVersion version, string link)
    {
        ArgumentNullException.ThrowIfNull(version);
        var summary = string.IsNullOrWhiteSpace(version.Summary) ? string.Empty : "\n\n" + version.Summary.Trim();
        return version.Title.Trim() + summary + "\n\n" + link;
    }
}
