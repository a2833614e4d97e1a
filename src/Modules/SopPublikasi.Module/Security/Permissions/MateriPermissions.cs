using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>
/// Who may write an item's draft and who may see which items, as permissions granted to roles. The defaults are
/// what the SOP's roles could do before these were data: the Staf Sekretariat writes the draft assigned to them at
/// penyusunan (step 5), the Sekretaris corrects it at koreksi (step 6); the Administrator, the PPID Pembantu, the
/// Pencatat/Agendaris and the Sekretaris see every item, the Staf Sekretariat the items assigned to them or with a
/// draft they wrote, the Tim Verifikasi the items handed to verification. "Edit any draft" is granted to nobody by
/// default: the SOP names one writer per step (domain brief: steps 5 and 6), so an administrator grants it on
/// purpose, e.g. to stand in for an absent Staf.
/// <see cref="Materi.MateriPublikasi.CanEdit"/> and <see cref="Materi.MateriAccess"/> read these from the
/// <see cref="Actor"/>, which carries the person's permissions.
/// </summary>
public static class MateriPermissions
{
    public const string SuntingDrafPenyusunanName = "SuntingDrafPenyusunan";
    public const string SuntingDrafKoreksiName = "SuntingDrafKoreksi";
    public const string SuntingSemuaDrafName = "SuntingSemuaDraf";
    public const string LihatSemuaMateriName = "LihatSemuaMateri";
    public const string LihatMateriDitugaskanName = "LihatMateriDitugaskan";
    public const string LihatMateriVerifikasiName = "LihatMateriVerifikasi";
    public const string PantauMateriName = "PantauMateri";
    public const string TarikMateriName = "TarikMateri";

    public static readonly Permission SuntingDrafPenyusunan = new(
        SuntingDrafPenyusunanName, "Menyunting draf pada tahap penyusunan yang ditugaskan kepadanya (atau yang belum ditugaskan)");

    public static readonly Permission SuntingDrafKoreksi = new(SuntingDrafKoreksiName, "Menyunting draf pada tahap koreksi");

    public static readonly Permission SuntingSemuaDraf = new(
        SuntingSemuaDrafName, "Menyunting draf mana pun pada tahap penyusunan dan koreksi, siapa pun petugasnya");

    public static readonly Permission LihatSemuaMateri = new(LihatSemuaMateriName, "Melihat semua materi publikasi");

    public static readonly Permission LihatMateriDitugaskan = new(
        LihatMateriDitugaskanName, "Melihat materi yang ditugaskan kepadanya atau yang drafnya pernah ia tulis");

    public static readonly Permission LihatMateriVerifikasi = new(
        LihatMateriVerifikasiName, "Melihat materi yang sudah pernah diserahkan untuk verifikasi");

    public static readonly Permission PantauMateri = new(
        PantauMateriName, "Memantau semua materi yang sedang berjalan dan median waktu per langkah di Dasbor");

    /// <summary>Withdrawal of a published article (the SOP's "tarik" moves are open to holders of this, not to a role).</summary>
    public static readonly Permission TarikMateri = new(
        TarikMateriName, "Menarik materi yang sudah terbit dari website dan media sosial");

    public static PermissionProvider Provider { get; } = new(
        (SuntingDrafPenyusunan, [SopRoles.StafSekretariat]),
        (SuntingDrafKoreksi, [SopRoles.Sekretaris]),
        (SuntingSemuaDraf, []),
        (LihatSemuaMateri, [SopRoles.Administrator, SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.Sekretaris]),
        (LihatMateriDitugaskan, [SopRoles.StafSekretariat]),
        (LihatMateriVerifikasi, [SopRoles.TimVerifikasi]),
        (PantauMateri, [SopRoles.Sekretaris, SopRoles.PpidPembantu, SopRoles.Administrator]),
        (TarikMateri, [SopRoles.PpidPembantu, SopRoles.TimVerifikasi]));
}
