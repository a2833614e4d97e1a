namespace SopPublikasi.Module.Materi;

/// <summary>Perki categories as they appear in forms and the API: "berkala", "serta-merta", "setiap-saat", "dikecualikan".</summary>
public static class KlasifikasiParser
{
    public static IReadOnlyList<(string Key, KategoriInformasi Value)> Keys { get; } =
    [
        ("berkala", KategoriInformasi.Berkala),
        ("serta-merta", KategoriInformasi.SertaMerta),
        ("setiap-saat", KategoriInformasi.SetiapSaat),
        ("dikecualikan", KategoriInformasi.Dikecualikan),
    ];

    public static KategoriInformasi? Parse(string? key) =>
        Keys.FirstOrDefault(k => string.Equals(k.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? found.Value
            : null;

    public static string Key(this KategoriInformasi value) => Keys.First(k => k.Value == value).Key;
}
