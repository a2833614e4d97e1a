namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// A hand-off row (WhatsApp) as the item page and Status Media Sosial show it: the text ready to copy and, for whoever
/// holds KelolaSaluran, the "Tandai sudah dikirim" button (posted to the page's <c>TandaiTerkirim</c> handler).
/// </summary>
public sealed record HandOffView(OutboxMessage Row, string? Destination, bool CanMark);
