namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>The resident's addresses. A register number contains "/": it goes in the query string, never in the path.</summary>
public static class PpidTautan
{
    public const string Permohonan = "/ppid/permohonan";

    public const string Terkirim = "/ppid/permohonan/terkirim";

    public const string LacakForm = "/ppid/lacak";

    public const string KeberatanForm = "/ppid/keberatan";

    public static string Lacak(string nomor, string kode) =>
        $"{LacakForm}?nomor={Uri.EscapeDataString(nomor)}&kode={Uri.EscapeDataString(kode)}";

    public static string Keberatan(string nomor, string kode) =>
        $"{KeberatanForm}?nomor={Uri.EscapeDataString(nomor)}&kode={Uri.EscapeDataString(kode)}";

    public static string Lampiran(string nomor, string kode, Guid id) =>
        $"{LacakForm}/lampiran?nomor={Uri.EscapeDataString(nomor)}&kode={Uri.EscapeDataString(kode)}&id={id:D}";
}
