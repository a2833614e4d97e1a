namespace SopPublikasi.Module.Identity;

/// <summary>
/// The role names the SOP seeds. Roles live in the database and a person may hold several; these names are only
/// the defaults that the seeded workflow refers to.
/// </summary>
public static class SopRoles
{
    public const string Administrator = "Administrator";
    public const string PpidPembantu = "PPID Pembantu";
    public const string Pencatat = "Pencatat/Agendaris";
    public const string Sekretaris = "Sekretaris";
    public const string StafSekretariat = "Staf Sekretariat";
    public const string TimVerifikasi = "Tim Pengolahan Data dan Klasifikasi Informasi";

    /// <summary>The superior of the PPID (for a kecamatan, the Camat): answers objections (keberatan).</summary>
    public const string AtasanPpid = "Atasan PPID";

    /// <summary>The actor of step 8: publication happens by itself on approval.</summary>
    public const string System = "Sistem";

    public static readonly IReadOnlyList<string> All =
        [Administrator, PpidPembantu, Pencatat, Sekretaris, StafSekretariat, TimVerifikasi, AtasanPpid];
}
