using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The labels users read, as the API gives them beside the codes.</summary>
internal static class Label
{
    // TODO(h17-api): read LayananLabels (h17-core) once merged; names are placeholders until then.
    public static string Status(StatusPermohonan s) => s.ToString();

    public static string Status(StatusKeberatan s) => s.ToString();

    public static string? Keputusan(KeputusanPermohonan? k) => k?.ToString();

    public static string? Putusan(PutusanKeberatan? p) => p?.ToString();

    public static string Alasan(AlasanKeberatan a) => a.ToString();
}
