namespace SopPublikasi.Module.CrossPosting.OAuth;

/// <summary>
/// A signed request: the value for the <c>Authorization</c> header, plus the signature and the base string it was
/// computed from, kept so that a failed request can be compared with what a server (or a fake of it) recomputes.
/// </summary>
/// <param name="BaseString">The signature base string: <c>METHOD&amp;pct(url)&amp;pct(params)</c>.</param>
/// <param name="Signature">Base64 HMAC-SHA1 of the base string, not percent-encoded.</param>
/// <param name="AuthorizationHeader">The whole header value, starting with <c>OAuth </c>.</param>
public sealed record OAuth1Signature(string BaseString, string Signature, string AuthorizationHeader);
