using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>Wakes the requester's mail sender after a move with a mail is committed.</summary>
public sealed class SuratPemohonSignal : WakeSignal;
