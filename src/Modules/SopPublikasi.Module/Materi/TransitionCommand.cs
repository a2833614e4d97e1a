using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// A request to take one move, with what that move needs (note, assignee, classification). <paramref name="Authors"/>
/// are the people who wrote or corrected the item's versions when verification must be independent of them
/// (<see cref="Workflow.WorkflowOptions.IndependentVerification"/>); null when it need not be. <paramref name="ScheduledAt"/> is
/// the publication time chosen on approval or rescheduling, <paramref name="ScheduleHorizon"/> how far ahead it may be
/// (<see cref="MateriPublikasi.DefaultScheduleHorizon"/> when null).
/// </summary>
public sealed record TransitionCommand(
    string Action,
    string? Note = null,
    Actor? Assignee = null,
    KategoriInformasi? Klasifikasi = null,
    UjiKonsekuensi? UjiKonsekuensi = null,
    DaftarInformasi? Dip = null,
    IReadOnlySet<string>? Authors = null,
    DateTimeOffset? ScheduledAt = null,
    TimeSpan? ScheduleHorizon = null);
