namespace SopPublikasi.Module.LayananInformasi;

/// <summary>The actor lacks the permission a move needs (the API answers 403; pages check before they call).</summary>
public sealed class LayananForbiddenException(string message) : Exception(message);
