using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Scheduling;

/// <summary>Wakes the publisher when an item is scheduled or rescheduled, so that it looks at the new time.</summary>
public sealed class ScheduledPublicationSignal : WakeSignal;
