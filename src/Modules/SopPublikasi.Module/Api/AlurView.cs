using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Api;

/// <summary>The workflow definition as data.</summary>
public sealed record AlurView(IReadOnlyList<LangkahView> Langkah, IReadOnlyList<TahapView> Tahap, IReadOnlyList<AksiView> Transisi)
{
    public static AlurView From(WorkflowDefinition d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            [.. d.Steps.Select(s => new LangkahView(s.Number, s.Description, s.Performer, s.Requirements, s.Output, s.WorkingDaysAllowed))],
            [.. d.States.OrderBy(s => s.Code).Select(s => new TahapView(s.Code.ToString(), s.Name, s.PendingStep))],
            [.. d.Machine.Transitions.Select(AksiView.From)]);
    }
}

public sealed record LangkahView(int Nomor, string Uraian, string Pelaksana, string Kelengkapan, string Output, int WaktuHariKerja);

public sealed record TahapView(string Kode, string Nama, int? LangkahMenunggu);

/// <summary>One entry of "Tugas Saya".</summary>
public sealed record TugasView(Guid MateriId, string Judul, string NomorAgenda, string Tahap, string TahapNama, int? LangkahSop, DateTimeOffset Sejak, DateTimeOffset? Batas, bool Terlambat, string? AlasanPengembalian, IReadOnlyList<string> Aksi, DateTimeOffset? JadwalTayang = null)
{
    public static TugasView From(WorkItem w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(w.MateriId, w.Title, w.NomorAgenda, w.State.ToString(), w.StateName, w.PendingStep?.Number,
            IndonesianTime.ToWib(w.Since), w.DueAt is { } due ? IndonesianTime.ToWib(due) : null, w.IsOverdue, w.ReturnReason,
            [.. w.MyActions.Select(a => a.Action)], w.ScheduledAt is { } jadwal ? IndonesianTime.ToWib(jadwal) : null);
    }
}
