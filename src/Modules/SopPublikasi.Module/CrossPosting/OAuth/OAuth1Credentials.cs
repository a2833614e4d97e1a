namespace SopPublikasi.Module.CrossPosting.OAuth;

/// <summary>
/// The four keys of an OAuth 1.0a user context (X calls them API key/secret and access token/secret). A record so
/// that a fake server and a client can share one value; <see cref="ToString"/> leaves the secrets out because
/// records print every property and this one ends up in log messages sooner or later.
/// </summary>
public sealed record OAuth1Credentials(string ConsumerKey, string ConsumerSecret, string Token, string TokenSecret)
{
    public override string ToString() => $"OAuth1Credentials {{ ConsumerKey = {ConsumerKey}, Token = {Token} }}";
}
