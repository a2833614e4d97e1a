using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The API's names of the desk's moves, and the permission each needs as the desk's workflow table says.</summary>
public static class DeskMoves
{
    public const string Perpanjang = "perpanjang";
    public const string Siapkan = "siapkan";
    public const string Putuskan = "putuskan";
    public const string Jawab = "jawab";
    public const string Sengketa = "sengketa";

    public static IReadOnlyList<string> PermohonanActions { get; } = [Perpanjang, Siapkan, Putuskan];

    public static IReadOnlyList<string> KeberatanActions { get; } = [Jawab, Sengketa];

    /// <summary>The workflow row of an API move of a request, or null for an unknown move.</summary>
    public static LayananTransition<StatusPermohonan>? PermohonanRow(string? aksi) => aksi switch
    {
        Perpanjang => PermohonanWorkflow.Instance.Get(PermohonanWorkflow.Perpanjang),
        Siapkan => PermohonanWorkflow.Instance.Get(PermohonanWorkflow.Siapkan),
        Putuskan => PermohonanWorkflow.Instance.Get(PermohonanWorkflow.Jawab),
        _ => null,
    };

    /// <summary>The workflow row of an API move of an objection, or null for an unknown move.</summary>
    public static LayananTransition<StatusKeberatan>? KeberatanRow(string? aksi) => aksi switch
    {
        Jawab => KeberatanWorkflow.Instance.Get(KeberatanWorkflow.Putus),
        Sengketa => KeberatanWorkflow.Instance.Get(KeberatanWorkflow.Sengketa),
        _ => null,
    };
}
