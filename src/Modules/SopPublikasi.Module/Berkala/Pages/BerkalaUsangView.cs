namespace SopPublikasi.Module.Berkala.Pages;

/// <summary>What the dashboard's "Informasi berkala perlu diperbarui" section shows.</summary>
public sealed record BerkalaUsangView(IReadOnlyList<StaleBerkala> Items, int MaxAgeMonths, DateTimeOffset Now);
