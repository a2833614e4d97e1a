namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>What users read for the desk's statuses, decisions and choices (Bahasa Indonesia), in one place.</summary>
public static class LayananLabels
{
    public static string Status(StatusPermohonan status) => status switch
    {
        StatusPermohonan.Diterima => "Diterima",
        StatusPermohonan.JawabanDisiapkan => "Jawaban disiapkan",
        StatusPermohonan.Dijawab => "Dijawab",
        _ => status.ToString(),
    };

    public static string Keputusan(KeputusanPermohonan keputusan) => keputusan switch
    {
        KeputusanPermohonan.Dikabulkan => "Dikabulkan",
        KeputusanPermohonan.DikabulkanSebagian => "Dikabulkan sebagian",
        KeputusanPermohonan.Ditolak => "Ditolak",
        KeputusanPermohonan.TidakDikuasai => "Informasi tidak dikuasai",
        _ => keputusan.ToString(),
    };

    /// <summary>"Menunggu tanggapan atasan" until the atasan answers, then the answer ("Keberatan diterima" or "Keberatan ditolak").</summary>
    public static string Keberatan(StatusKeberatan status, PutusanKeberatan? putusan) => (status, putusan) switch
    {
        (StatusKeberatan.Dijawab, { } p) => Putusan(p),
        _ => "Menunggu tanggapan atasan",
    };

    public static string Keberatan(Keberatan keberatan)
    {
        ArgumentNullException.ThrowIfNull(keberatan);
        return Keberatan(keberatan.Status, keberatan.Putusan);
    }

    /// <summary>The objection's status alone: "Menunggu tanggapan atasan" or "Dijawab".</summary>
    public static string KeberatanStatus(StatusKeberatan status) => status switch
    {
        StatusKeberatan.Diterima => "Menunggu tanggapan atasan",
        StatusKeberatan.Dijawab => "Dijawab",
        _ => status.ToString(),
    };

    public static string Putusan(PutusanKeberatan putusan) => putusan switch
    {
        PutusanKeberatan.Dikabulkan => "Keberatan diterima",
        PutusanKeberatan.Ditolak => "Keberatan ditolak",
        _ => putusan.ToString(),
    };

    /// <summary>The grounds of Pasal 35 (1) a-g, as the form lists them.</summary>
    public static string Alasan(AlasanKeberatan alasan) => alasan switch
    {
        AlasanKeberatan.PenolakanPengecualian => "Permohonan ditolak dengan alasan pengecualian (Pasal 17)",
        AlasanKeberatan.InformasiBerkalaTidakDisediakan => "Informasi berkala tidak disediakan",
        AlasanKeberatan.TidakDitanggapi => "Permohonan tidak ditanggapi",
        AlasanKeberatan.TidakSesuaiPermintaan => "Permohonan ditanggapi tidak sebagaimana yang diminta",
        AlasanKeberatan.TidakDipenuhi => "Permohonan tidak dipenuhi",
        AlasanKeberatan.BiayaTidakWajar => "Biaya yang dikenakan tidak wajar",
        AlasanKeberatan.MelebihiWaktu => "Informasi disampaikan melebihi waktu yang diatur",
        _ => alasan.ToString(),
    };

    public static string JenisPemohon(JenisPemohon jenis) => jenis switch
    {
        Domain.JenisPemohon.Perorangan => "Perorangan",
        Domain.JenisPemohon.BadanHukum => "Badan hukum",
        _ => jenis.ToString(),
    };

    public static string Saluran(SaluranPermohonan saluran) => saluran switch
    {
        SaluranPermohonan.Daring => "Formulir daring",
        SaluranPermohonan.Langsung => "Datang langsung",
        SaluranPermohonan.Surat => "Surat",
        SaluranPermohonan.WhatsApp => "WhatsApp",
        SaluranPermohonan.Email => "E-mail",
        _ => saluran.ToString(),
    };

    public static string CaraMemperoleh(CaraMemperoleh cara) => cara switch
    {
        Domain.CaraMemperoleh.MelihatMembaca => "Melihat, membaca, mendengarkan, atau mencatat",
        Domain.CaraMemperoleh.SalinanSoftcopy => "Salinan dalam bentuk softcopy",
        Domain.CaraMemperoleh.SalinanHardcopy => "Salinan dalam bentuk hardcopy",
        _ => cara.ToString(),
    };

    public static string CaraMendapatkanSalinan(CaraMendapatkanSalinan cara) => cara switch
    {
        Domain.CaraMendapatkanSalinan.MengambilLangsung => "Mengambil langsung",
        Domain.CaraMendapatkanSalinan.Pos => "Pos",
        Domain.CaraMendapatkanSalinan.Kurir => "Kurir",
        Domain.CaraMendapatkanSalinan.Email => "E-mail",
        _ => cara.ToString(),
    };

    /// <summary>A workflow action's name as users read it in the history ("perpanjang": "Jangka waktu diperpanjang").</summary>
    public static string Aksi(string action) =>
        PermohonanWorkflow.Rows.FirstOrDefault(r => r.Action == action)?.Label
        ?? KeberatanWorkflow.Rows.FirstOrDefault(r => r.Action == action)?.Label
        ?? LayananActions.SystemLabels.GetValueOrDefault(action, action);
}
