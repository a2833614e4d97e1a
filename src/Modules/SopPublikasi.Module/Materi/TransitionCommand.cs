using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Materi;

/// <summary>A request to take one move, with what that move needs (note, assignee, classification).</summary>
public sealed record TransitionCommand(
    string Action,
    string? Note = null,
    Actor? Assignee = null,
    KategoriInformasi? Klasifikasi = null,
    UjiKonsekuensi? UjiKonsekuensi = null,
    DaftarInformasi? Dip = null);
