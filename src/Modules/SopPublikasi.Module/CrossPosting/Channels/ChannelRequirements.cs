namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>What each type of channel needs before it can post, said in Bahasa Indonesia for the admin form.</summary>
public static class ChannelRequirements
{
    /// <summary>Null when complete, else what is missing.</summary>
    public static string? Missing(string type, IReadOnlyDictionary<string, string> credentials, string? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        bool Has(params string[] keys) => keys.All(k => credentials.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v));
        return type switch
        {
            ChannelTypes.X when !Has("ConsumerKey", "ConsumerSecret", "AccessToken", "AccessTokenSecret") && !Has("ClientId", "AccessToken", "RefreshToken")
                => "X memerlukan ConsumerKey, ConsumerSecret, AccessToken, dan AccessTokenSecret (OAuth 1.0a), atau ClientId, AccessToken, dan RefreshToken (OAuth 2.0).",
            ChannelTypes.Facebook when !Has("PageId", "AccessToken") => "Facebook memerlukan PageId dan AccessToken (token Page).",
            ChannelTypes.Instagram when !Has("UserId", "AccessToken") => "Instagram memerlukan UserId (akun profesional) dan AccessToken.",
            ChannelTypes.Telegram when !Has("BotToken", "ChatId") => "Telegram memerlukan BotToken dan ChatId (@kanal atau -100…).",
            ChannelTypes.Mastodon when !Has("AccessToken") || string.IsNullOrWhiteSpace(baseUrl) => "Mastodon memerlukan alamat instance (Alamat API) dan AccessToken.",
            _ => null,
        };
    }
}
