using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>What an edited post must keep: some text, the article's link, and the network's limits counted its way.</summary>
public static class PostEditRules
{
    /// <summary>Null when the edit can be sent, else why not (in Bahasa Indonesia).</summary>
    public static string? Problem(string type, string? text, string link, bool hasImage, CompositionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Teks kiriman wajib diisi.";
        }

        if (!text.Contains(link, StringComparison.Ordinal))
        {
            return "Tautan artikel (" + link + ") harus tetap ada di teks.";
        }

        if (type == ChannelTypes.Instagram && Hashtags.CountIn(text) > limits.Instagram.MaxHashtags)
        {
            return $"Instagram menerima paling banyak {limits.Instagram.MaxHashtags} tagar.";
        }

        var (length, max) = type switch
        {
            ChannelTypes.X => (XTextLength.Count(text, limits.X.UrlLength), limits.X.MaxWeightedLength),
            ChannelTypes.Facebook => (text.Length, limits.Facebook.MaxMessageLength),
            ChannelTypes.Instagram => (text.Length, limits.Instagram.MaxCaptionLength),
            ChannelTypes.Telegram => (TelegramHtml.VisibleLength(text), hasImage ? limits.Telegram.MaxCaptionLength : limits.Telegram.MaxTextLength),
            ChannelTypes.Mastodon => (MastodonTextLength.Count(text, limits.Mastodon.CharactersReservedPerUrl), limits.Mastodon.MaxCharacters),
            _ => (text.Length, int.MaxValue),
        };
        return length > max ? $"Teks {length} karakter menurut hitungan {type}; batasnya {max}." : null;
    }
}
