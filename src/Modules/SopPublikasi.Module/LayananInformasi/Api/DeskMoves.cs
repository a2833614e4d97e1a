namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The API's names of the desk's moves and the permission each needs.</summary>
public static class DeskMoves
{
    public const string Perpanjang = "perpanjang";
    public const string Siapkan = "siapkan";
    public const string Putuskan = "putuskan";
    public const string Jawab = "jawab";
    public const string Sengketa = "sengketa";

    public static IReadOnlyList<string> PermohonanActions { get; } = [Perpanjang, Siapkan, Putuskan];

    public static IReadOnlyList<string> KeberatanActions { get; } = [Jawab, Sengketa];

    // TODO(h17-api): read the permissions from the desk's workflow table (h17-core) once merged.
    public static string? PermohonanPermission(string? aksi) => aksi switch
    {
        Perpanjang => LayananPermissions.PutuskanPermohonanName,
        Siapkan => LayananPermissions.SiapkanJawabanName,
        Putuskan => LayananPermissions.PutuskanPermohonanName,
        _ => null,
    };

    public static string? KeberatanPermission(string? aksi) => aksi switch
    {
        Jawab => LayananPermissions.JawabKeberatanName,
        Sengketa => LayananPermissions.PutuskanPermohonanName,
        _ => null,
    };
}
