namespace SopPublikasi.Module.Materi;

/// <summary>Information categories of Perki 1/2021 (Standar Layanan Informasi Publik).</summary>
public enum KategoriInformasi
{
    Berkala = 1,
    SertaMerta = 2,
    SetiapSaat = 3,
    Dikecualikan = 4,
}

public static class KategoriInformasiLabels
{
    public static string Label(this KategoriInformasi value) => value switch
    {
        KategoriInformasi.Berkala => "Informasi berkala",
        KategoriInformasi.SertaMerta => "Informasi serta merta",
        KategoriInformasi.SetiapSaat => "Informasi tersedia setiap saat",
        KategoriInformasi.Dikecualikan => "Informasi dikecualikan",
        _ => value.ToString(),
    };

    public static bool IsPublishable(this KategoriInformasi? value) =>
        value is KategoriInformasi.Berkala or KategoriInformasi.SertaMerta or KategoriInformasi.SetiapSaat;
}
