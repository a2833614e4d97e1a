namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>Who asks (UU 14/2008 Pasal 1: an Indonesian citizen or an Indonesian legal body).</summary>
public enum JenisPemohon
{
    Perorangan = 1,
    BadanHukum = 2,
}

/// <summary>How the request reached the office: the public form, or registered by staff from a letter, a visit, WhatsApp or e-mail.</summary>
public enum SaluranPermohonan
{
    Daring = 1,
    Langsung = 2,
    Surat = 3,
    WhatsApp = 4,
    Email = 5,
}

/// <summary>How the requester wants to obtain the information (Perki 1/2021).</summary>
public enum CaraMemperoleh
{
    /// <summary>Melihat, membaca, mendengarkan atau mencatat.</summary>
    MelihatMembaca = 1,
    SalinanSoftcopy = 2,
    SalinanHardcopy = 3,
}

/// <summary>How a copy reaches the requester.</summary>
public enum CaraMendapatkanSalinan
{
    MengambilLangsung = 1,
    Pos = 2,
    Kurir = 3,
    Email = 4,
}

/// <summary>The request's place in its small workflow (<see cref="PermohonanWorkflow"/>).</summary>
public enum StatusPermohonan
{
    /// <summary>Registered; the 10-working-day clock runs.</summary>
    Diterima = 1,

    /// <summary>Staff prepared an answer for the PPID Pembantu to decide on; the clock still runs.</summary>
    JawabanDisiapkan = 2,

    /// <summary>The written answer (pemberitahuan tertulis) was given; the clock stopped.</summary>
    Dijawab = 3,
}

/// <summary>The decision of the written answer (UU 14/2008 Pasal 22 (7)).</summary>
public enum KeputusanPermohonan
{
    Dikabulkan = 1,
    DikabulkanSebagian = 2,
    Ditolak = 3,
    TidakDikuasai = 4,
}

/// <summary>The grounds of an objection (UU 14/2008 Pasal 35 (1) a-g).</summary>
public enum AlasanKeberatan
{
    /// <summary>a. Penolakan berdasarkan alasan pengecualian (Pasal 17).</summary>
    PenolakanPengecualian = 1,

    /// <summary>b. Tidak disediakannya informasi berkala (Pasal 9).</summary>
    InformasiBerkalaTidakDisediakan = 2,

    /// <summary>c. Tidak ditanggapinya permintaan informasi.</summary>
    TidakDitanggapi = 3,

    /// <summary>d. Permintaan informasi ditanggapi tidak sebagaimana yang diminta.</summary>
    TidakSesuaiPermintaan = 4,

    /// <summary>e. Tidak dipenuhinya permintaan informasi.</summary>
    TidakDipenuhi = 5,

    /// <summary>f. Pengenaan biaya yang tidak wajar.</summary>
    BiayaTidakWajar = 6,

    /// <summary>g. Penyampaian informasi yang melebihi waktu yang diatur.</summary>
    MelebihiWaktu = 7,
}

public enum StatusKeberatan
{
    /// <summary>Registered; the atasan PPID's 30-working-day clock runs.</summary>
    Diterima = 1,

    /// <summary>The atasan PPID answered in writing.</summary>
    Dijawab = 2,
}

/// <summary>The atasan PPID's written answer to an objection.</summary>
public enum PutusanKeberatan
{
    /// <summary>The objection is upheld: the PPID must give the information (or fix the cost, the form...).</summary>
    Dikabulkan = 1,

    /// <summary>The objection is rejected: the PPID's answer stands.</summary>
    Ditolak = 2,
}
