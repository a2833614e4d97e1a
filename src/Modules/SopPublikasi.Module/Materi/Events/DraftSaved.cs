using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Materi.Events;

/// <summary>A new draft version of an item was saved (by the admin's editor or the API).</summary>
public sealed record DraftSaved(MateriPublikasi Materi, MateriVersion Version, Actor Editor);
