namespace SopPublikasi.Module.Workflow;

/// <summary>
/// Where an item stands in the SOP (names are the SOP's stages). The allowed moves between them are data
/// (<see cref="WorkflowTransition"/>).
/// </summary>
public enum WorkflowState
{
    Baru = 0,
    DisposisiDiberikan = 1,
    DiteruskanKeSekretaris = 2,
    DiterimaSekretaris = 3,
    Penyusunan = 4,
    Koreksi = 5,
    Verifikasi = 6,
    Disetujui = 7,
    Terbit = 8,
    Dikecualikan = 9,

    /// <summary>Approved, waiting for the time the verifier chose (<see cref="Materi.MateriPublikasi.ScheduledAt"/>); a live version stays live until then.</summary>
    Terjadwal = 10,

    /// <summary>Withdrawn from publication (Tarik dari publikasi): off the site, its cross-posts removed.</summary>
    Ditarik = 11,
}
