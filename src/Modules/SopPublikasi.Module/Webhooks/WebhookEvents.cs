namespace SopPublikasi.Module.Webhooks;

/// <summary>The events an administrator can subscribe a URL to.</summary>
public static class WebhookEvents
{
    public const string DisposisiDibuat = "disposisi.dibuat";
    public const string Transisi = "materi.transisi";
    public const string Diterbitkan = "materi.diterbitkan";
    public const string CrossPostTerkirim = "crosspost.terkirim";
    public const string CrossPostGagal = "crosspost.gagal";
    public const string Ditarik = "materi.ditarik";
    public const string Dijadwalkan = "materi.dijadwalkan";

    public static IReadOnlyList<(string Name, string Label)> All { get; } =
    [
        (DisposisiDibuat, "Disposisi dibuat"),
        (Transisi, "Setiap transisi SOP"),
        (Diterbitkan, "Materi diterbitkan"),
        (CrossPostTerkirim, "Kiriman media sosial terkirim"),
        (CrossPostGagal, "Kiriman media sosial gagal"),
        (Ditarik, "Materi ditarik dari publikasi"),
        (Dijadwalkan, "Materi dijadwalkan tayang"),
    ];
}
