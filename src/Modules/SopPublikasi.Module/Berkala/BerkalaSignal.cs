using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Berkala;

/// <summary>Wakes <see cref="BerkalaWatcher"/> before its interval (tests; a publication does not need it).</summary>
public sealed class BerkalaSignal : WakeSignal;
