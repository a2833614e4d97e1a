using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Demo;

/// <summary>One demo account per SOP role, plus one person who holds two adjacent roles.</summary>
public static class DemoAccounts
{
    public static IReadOnlyList<(string UserName, string FullName, string JobTitle, string[] Roles)> All { get; } =
    [
        ("admin", "Admin Website", "Pengelola Sistem", [SopRoles.Administrator]),
        ("ppid", "Dwi Hartono, S.Sos.", "PPID Pembantu Kecamatan", [SopRoles.PpidPembantu]),
        ("agendaris", "Sri Lestari", "Pengadministrasi Umum (Agendaris)", [SopRoles.Pencatat]),
        ("sekretaris", "Drs. Bambang Wibowo", "Sekretaris Kecamatan", [SopRoles.Sekretaris]),
        ("staf", "Rina Kusumawati", "Staf Sekretariat (Pengelola Website dan Media Sosial)", [SopRoles.StafSekretariat]),
        ("verifikator", "Agus Santoso, S.Kom.", "Tim Pengolahan Data dan Klasifikasi Informasi", [SopRoles.TimVerifikasi]),
        ("atasan", "Drs. Suryo Nugroho, M.Si.", "Camat (Atasan PPID)", [SopRoles.AtasanPpid]),
    ];
}
