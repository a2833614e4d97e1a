namespace SopPublikasi.Module.Materi;

/// <summary>Raised when a version becomes the live one.</summary>
public sealed record MateriPublished(Guid MateriId, Guid VersionId, bool FirstTime);

/// <summary>Raised when the live version is taken off the public site: withdrawn ("tarik"), or the item was found to be exempt information.</summary>
public sealed record MateriWithdrawn(Guid MateriId, Guid VersionId);

/// <summary>Raised when a Staf Sekretariat is assigned to write the material.</summary>
public sealed record MateriAssigned(Guid MateriId, string AssigneeId, string AssigneeName);

/// <summary>Raised when the item is sent back for another round, with the reason.</summary>
public sealed record MateriSentBack(Guid MateriId, string Reason);

/// <summary>Raised when the item is approved for publication at a chosen time, or its time is changed.</summary>
public sealed record MateriScheduled(Guid MateriId, DateTimeOffset At);
