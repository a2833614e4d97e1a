namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// What every edited post must keep: some text and the article's link. Each network's own limits, counted its way,
/// are its descriptor's (<see cref="Networks.SocialNetwork.EditProblem"/>), asked through
/// <see cref="Networks.SocialNetworks.EditProblem"/>.
/// </summary>
public static class PostEditRules
{
    /// <summary>Null when the edit keeps what every network needs, else why not (in Bahasa Indonesia).</summary>
    public static string? Problem(string? text, string link)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Teks kiriman wajib diisi.";
        }

        return text.Contains(link, StringComparison.Ordinal) ? null : "Tautan artikel (" + link + ") harus tetap ada di teks.";
    }
}
