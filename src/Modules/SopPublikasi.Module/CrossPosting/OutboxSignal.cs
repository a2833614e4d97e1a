using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>Wakes the dispatcher right after an approval commits, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;
