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
    Ditarik = 11,
}
