using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Workflow;

/// <summary>The workflow seeded from the SOP "Pengelolaan Website dan Media Sosial", steps 1-8.</summary>
public static class SopWorkflowSeed
{
    public static IReadOnlyList<SopStep> Steps { get; } =
    [
        new() { Number = 1, Performer = SopRoles.PpidPembantu, Description = "Memberikan disposisi kepada Sekretaris untuk membuat materi publikasi kegiatan yang telah dilaksanakan", Requirements = "Materi publikasi berupa softcopy atau hardcopy", Output = "Lembar Disposisi" },
        new() { Number = 2, Performer = SopRoles.Pencatat, Description = "Menerima disposisi dari PPID Pembantu untuk publikasi informasi dan meneruskan kepada Sekretaris", Requirements = "ATK, Lembar Disposisi", Output = "Lembar Disposisi" },
        new() { Number = 3, Performer = SopRoles.Sekretaris, Description = "Menerima disposisi untuk menyusun materi kegiatan", Requirements = "ATK, Lembar Disposisi", Output = "Lembar Disposisi, Materi Publikasi" },
        new() { Number = 4, Performer = SopRoles.Sekretaris, Description = "Menugaskan Staf Sekretariat untuk menyusun materi kegiatan yang akan dipublikasikan", Requirements = "Komputer, Internet", Output = "Materi Publikasi" },
        new() { Number = 5, Performer = SopRoles.StafSekretariat, Description = "Membuat materi publikasi kegiatan dan menyerahkan kepada Sekretaris untuk dikoreksi", Requirements = "Materi Publikasi", Output = "Materi Publikasi Terkoreksi" },
        new() { Number = 6, Performer = SopRoles.Sekretaris, Description = "Menyerahkan materi publikasi terkoreksi kepada Tim Pengolahan Data dan Klasifikasi Informasi untuk diverifikasi", Requirements = "Materi Publikasi, Komputer", Output = "Materi Publikasi Terkoreksi" },
        new() { Number = 7, Performer = SopRoles.TimVerifikasi, Description = "Memverifikasi materi publikasi yang akan dimuat di website dan media sosial; bila harus diperbaiki, materi diserahkan kembali kepada Sekretaris", Requirements = "Materi Publikasi, Komputer", Output = "Materi Publikasi Terverifikasi" },
        new() { Number = 8, Performer = SopRoles.System, Description = "Menayangkan materi publikasi di website dan media sosial (otomatis setelah disetujui)", Requirements = "Materi Publikasi, Komputer, Website dan Medsos", Output = "Informasi di Website dan Medsos" },
    ];

    public static IReadOnlyList<WorkflowStateInfo> States { get; } =
    [
        new() { Code = WorkflowState.Baru, Name = "Baru", PendingStep = 1 },
        new() { Code = WorkflowState.DisposisiDiberikan, Name = "Disposisi diberikan", PendingStep = 2 },
        new() { Code = WorkflowState.DiteruskanKeSekretaris, Name = "Diteruskan ke Sekretaris", PendingStep = 3 },
        new() { Code = WorkflowState.DiterimaSekretaris, Name = "Diterima Sekretaris", PendingStep = 4 },
        new() { Code = WorkflowState.Penyusunan, Name = "Penyusunan materi", PendingStep = 5 },
        new() { Code = WorkflowState.Koreksi, Name = "Koreksi Sekretaris", PendingStep = 6 },
        new() { Code = WorkflowState.Verifikasi, Name = "Verifikasi dan klasifikasi", PendingStep = 7 },
        new() { Code = WorkflowState.Disetujui, Name = "Disetujui", PendingStep = 8 },
        new() { Code = WorkflowState.Terbit, Name = "Terbit", PendingStep = null },
        new() { Code = WorkflowState.Dikecualikan, Name = "Dikecualikan", PendingStep = null },
        new() { Code = WorkflowState.Terjadwal, Name = "Terjadwal", PendingStep = null },
        new() { Code = WorkflowState.Ditarik, Name = "Ditarik", PendingStep = null },
    ];

    /// <summary>The transitions; <paramref name="pencatatRole"/> lets step 2 be merged into another role.</summary>
    public static IReadOnlyList<WorkflowTransition> Transitions(string pencatatRole) =>
    [
        T(1, "buat", "Beri disposisi", WorkflowState.Baru, WorkflowState.DisposisiDiberikan, SopRoles.PpidPembantu, 1, TransitionRules.None),
        T(2, "teruskan", "Terima dan teruskan ke Sekretaris", WorkflowState.DisposisiDiberikan, WorkflowState.DiteruskanKeSekretaris, pencatatRole, 2, TransitionRules.None),
        T(3, "terima", "Terima disposisi", WorkflowState.DiteruskanKeSekretaris, WorkflowState.DiterimaSekretaris, SopRoles.Sekretaris, 3, TransitionRules.None),
        T(4, "tugaskan", "Tugaskan Staf Sekretariat", WorkflowState.DiterimaSekretaris, WorkflowState.Penyusunan, SopRoles.Sekretaris, 4, TransitionRules.Assign),
        T(5, "serahkan", "Serahkan kepada Sekretaris untuk dikoreksi", WorkflowState.Penyusunan, WorkflowState.Koreksi, SopRoles.StafSekretariat, 5, TransitionRules.Draft | TransitionRules.AssigneeOnly),
        T(6, "kembalikan-ke-staf", "Kembalikan ke Staf untuk diperbaiki", WorkflowState.Koreksi, WorkflowState.Penyusunan, SopRoles.Sekretaris, 5, TransitionRules.Note | TransitionRules.SendBack),
        T(7, "ajukan-verifikasi", "Serahkan untuk diverifikasi", WorkflowState.Koreksi, WorkflowState.Verifikasi, SopRoles.Sekretaris, 6, TransitionRules.Draft),
        T(8, "kembalikan", "Kembalikan ke Sekretaris untuk diperbaiki", WorkflowState.Verifikasi, WorkflowState.Koreksi, SopRoles.TimVerifikasi, 7, TransitionRules.Note | TransitionRules.SendBack),
        T(9, "setujui", "Setujui dan terbitkan", WorkflowState.Verifikasi, WorkflowState.Disetujui, SopRoles.TimVerifikasi, 7, TransitionRules.Draft | TransitionRules.Classify),
        T(10, "kecualikan", "Nyatakan informasi dikecualikan", WorkflowState.Verifikasi, WorkflowState.Dikecualikan, SopRoles.TimVerifikasi, 7, TransitionRules.Exempt),
        T(11, "tayangkan", "Tayangkan di website dan media sosial", WorkflowState.Disetujui, WorkflowState.Terbit, SopRoles.System, 8, TransitionRules.Publish),
        T(12, "revisi", "Mulai revisi (versi terbit tetap tayang)", WorkflowState.Terbit, WorkflowState.Penyusunan, SopRoles.Sekretaris, 4, TransitionRules.Note),
        T(13, "jadwalkan", "Setujui dan jadwalkan tayang", WorkflowState.Verifikasi, WorkflowState.Terjadwal, SopRoles.TimVerifikasi, 7, TransitionRules.Draft | TransitionRules.Classify | TransitionRules.Schedule),
        T(14, "jadwalkan-ulang", "Ubah jadwal tayang", WorkflowState.Terjadwal, WorkflowState.Terjadwal, SopRoles.TimVerifikasi, 7, TransitionRules.Schedule),
        T(15, "batalkan-jadwal", "Batalkan jadwal tayang (kembali ke verifikasi)", WorkflowState.Terjadwal, WorkflowState.Verifikasi, SopRoles.TimVerifikasi, 7, TransitionRules.Note),
        T(20, "tayangkan", "Tayangkan di website dan media sosial", WorkflowState.Terjadwal, WorkflowState.Terbit, SopRoles.System, 8, TransitionRules.Publish | TransitionRules.Schedule),

        // Withdrawal ("Tarik dari publikasi"): taken by whoever holds the permission TarikMateri (by default the PPID
        // Pembantu and the Tim Pengolahan Data), from Terbit or from a revision in progress, while the published
        // version is still live (it stays live through penyusunan, koreksi and verifikasi of a revision).
        T(16, "tarik", "Tarik dari publikasi", WorkflowState.Terbit, WorkflowState.Ditarik, SopRoles.PpidPembantu, 8, TransitionRules.Note | TransitionRules.Withdraw),
        T(17, "tarik", "Tarik dari publikasi", WorkflowState.Penyusunan, WorkflowState.Ditarik, SopRoles.PpidPembantu, 8, TransitionRules.Note | TransitionRules.Withdraw),
        T(18, "tarik", "Tarik dari publikasi", WorkflowState.Koreksi, WorkflowState.Ditarik, SopRoles.PpidPembantu, 8, TransitionRules.Note | TransitionRules.Withdraw),
        T(19, "tarik", "Tarik dari publikasi", WorkflowState.Verifikasi, WorkflowState.Ditarik, SopRoles.PpidPembantu, 8, TransitionRules.Note | TransitionRules.Withdraw),
        T(21, "tarik", "Tarik dari publikasi", WorkflowState.Terjadwal, WorkflowState.Ditarik, SopRoles.PpidPembantu, 8, TransitionRules.Note | TransitionRules.Withdraw),
    ];

    private static WorkflowTransition T(int id, string action, string label, WorkflowState from, WorkflowState to, string role, int step, TransitionRules rules) =>
        new() { Id = id, Action = action, Label = label, From = from, To = to, Role = role, SopStep = step, Rules = rules };
}
