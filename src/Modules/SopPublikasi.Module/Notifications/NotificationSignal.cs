using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Notifications;

/// <summary>Wakes the e-mail sender right after notifications are committed.</summary>
public sealed class NotificationSignal : WakeSignal;

/// <summary>The overdue check's wake-up (only its poll interval wakes it today).</summary>
public sealed class OverdueSignal : WakeSignal;
