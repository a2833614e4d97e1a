using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Api;

/// <summary>An item as the workflow API shows it to those allowed: disposisi, latest draft, history, my moves.</summary>
public sealed record MateriView(
    Guid Id,
    string Tahap,
    string TahapNama,
    string Slug,
    int Versi,
    string? Petugas,
    string? Klasifikasi,
    string? AlasanPengembalian,
    DateTimeOffset? Batas,
    TerbitView? Terbit,
    DisposisiView Disposisi,
    DrafView? Draf,
    IReadOnlyList<RiwayatView> Riwayat,
    IReadOnlyList<AksiView> AksiTersedia,
    DateTimeOffset? JadwalTayang = null)
{
    public static MateriView From(MateriPublikasi m, MateriVersion? latest, WorkflowDefinition definition, IReadOnlyList<WorkflowTransition> actions, string publicUrl)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(definition);
        return new MateriView(
            m.Id,
            m.State.ToString(),
            definition.StateName(m.State),
            m.Slug,
            m.LatestVersion,
            m.AssigneeName,
            m.KategoriInformasi?.Key(),
            m.ReturnReason,
            definition.DueAt(m.State, m.StateSince) is { } due ? IndonesianTime.ToWib(due) : null,
            m.PublishedVersionId is null ? null : new TerbitView(publicUrl, IndonesianTime.ToWib(m.FirstPublishedAt!.Value), IndonesianTime.ToWib(m.LastPublishedAt!.Value)),
            DisposisiView.From(m.Disposisi),
            latest is null ? null : DrafView.From(latest),
            [.. m.History.OrderBy(h => h.Sequence).Select(RiwayatView.From)],
            [.. actions.Select(AksiView.From)],
            m.ScheduledAt is { } jadwal ? IndonesianTime.ToWib(jadwal) : null);
    }
}

public sealed record TerbitView(string Url, DateTimeOffset TerbitPertama, DateTimeOffset TerbitTerakhir);

public sealed record DisposisiView(
    Guid Id, string NomorAgenda, DateOnly TanggalDiterima, string AsalSurat, string? NomorSurat, DateOnly? TanggalSurat,
    string Perihal, string Sifat, string KlasifikasiKeamanan, IReadOnlyList<string> Instruksi, string? Catatan,
    DateOnly? BatasWaktu, string DiteruskanKepada, DateOnly TanggalDisposisi, string Pemberi,
    string? NomorSuratMasuk, string? NomorNaskahSrikandi, Guid? PindaianId)
{
    public static DisposisiView From(LembarDisposisi d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.NomorAgenda, d.TanggalDiterima, d.AsalSurat, d.NomorSurat, d.TanggalSurat, d.Perihal,
            d.Urgency.ToString(), d.SecurityClass.ToString(), d.Instruksi, d.Catatan, d.BatasWaktu, d.DiteruskanKepada,
            d.TanggalDisposisi, d.GiverName, d.NomorSuratMasuk, d.NomorNaskahSrikandi, d.ScanId);
    }
}

public sealed record DrafView(
    int Versi, string Judul, string Ringkasan, string Isi, int KategoriId, DateOnly? TanggalKegiatan, string? LokasiKegiatan,
    Guid? FotoSampulId, string? FotoSampulAlt, IReadOnlyList<Guid> LampiranIds, IReadOnlyList<string> Tag, string Penyunting, DateTimeOffset Disimpan)
{
    public static DrafView From(MateriVersion v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Number, v.Title, v.Summary, v.Body, v.CategoryId, v.ActivityDate, v.ActivityPlace, v.CoverImageId,
            v.CoverImageAlt, v.AttachmentIds, v.Tags, v.EditorName, IndonesianTime.ToWib(v.CreatedAt));
    }
}

public sealed record RiwayatView(int Urutan, string Aksi, string Dari, string Ke, int LangkahSop, string Pelaku, string Peran, DateTimeOffset Waktu, string? Catatan, int Versi, string Hash)
{
    public static RiwayatView From(HistoryEntry h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new(h.Sequence, h.Action, h.From.ToString(), h.To.ToString(), h.SopStep, h.ActorName, h.Role, IndonesianTime.ToWib(h.At), h.Note, h.VersionNumber, h.Hash);
    }
}

public sealed record AksiView(string Aksi, string Label, string Peran, int LangkahSop, IReadOnlyList<string> Syarat, bool Otomatis, IReadOnlyList<MasukanView> Masukan)
{
    public static AksiView From(WorkflowTransition t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Action, t.Label, t.Role, t.SopStep,
            [.. Enum.GetValues<TransitionRules>().Where(r => r != TransitionRules.None && t.Rules.HasFlag(r)).Select(r => r.ToString())],
            t.IsAutomatic,
            MasukanView.Of(t.Rules));
    }
}

/// <summary>
/// One field of <c>POST /api/v1/materi/{id}/transisi</c> that an action reads: its JSON name, whether the SOP refuses
/// the move without it, what it is, its allowed values where they are fixed, and where a client finds them otherwise.
/// </summary>
public sealed record MasukanView(string Nama, bool Wajib, string Keterangan, IReadOnlyList<string>? Pilihan = null, string? Sumber = null)
{
    /// <summary>Where the people who may be assigned at step 4 are listed ({id} is the item's id).</summary>
    public const string PetugasSource = "/api/v1/materi/{id}/petugas";

    public static IReadOnlyList<MasukanView> Of(TransitionRules rules)
    {
        var list = new List<MasukanView>();
        var noteRequired = rules.HasFlag(TransitionRules.Note) || rules.HasFlag(TransitionRules.SendBack);
        list.Add(new("catatan", noteRequired, rules.HasFlag(TransitionRules.SendBack)
            ? "Alasan pengembalian; ditampilkan di atas formulir penerima berikutnya (paling panjang 2.000 karakter)."
            : "Catatan untuk riwayat (paling panjang 2.000 karakter)."));
        if (rules.HasFlag(TransitionRules.Assign))
        {
            list.Add(new("petugasId", true, "Id Staf Sekretariat yang ditugaskan.", null, PetugasSource));
        }

        if (rules.HasFlag(TransitionRules.Classify))
        {
            list.Add(new("klasifikasi", true, "Kategori informasi Perki 1/2021.",
                [.. Materi.KlasifikasiParser.Keys.Where(k => k.Value != Materi.KategoriInformasi.Dikecualikan).Select(k => k.Key)], "/api/v1/klasifikasi"));
            list.Add(new("dipUnitPenguasa", false, "Kolom DIP: unit yang menguasai informasi (kosong: nilai bawaan)."));
            list.Add(new("dipPenanggungJawab", false, "Kolom DIP: penanggung jawab (kosong: nilai bawaan)."));
            list.Add(new("dipTempatPembuatan", false, "Kolom DIP: tempat pembuatan (kosong: nilai bawaan)."));
            list.Add(new("dipBentuk", false, "Kolom DIP: bentuk informasi (kosong: nilai bawaan)."));
        }

        if (rules.HasFlag(TransitionRules.Schedule))
        {
            list.Add(new("jadwal", true, "Waktu tayang, ISO 8601 dengan zona waktu (mis. 2026-12-08T09:00:00+07:00), di masa depan."));
        }
        else if (rules.HasFlag(TransitionRules.Classify))
        {
            list.Add(new("jadwal", false, "Waktu tayang, ISO 8601 dengan zona waktu; kosong: terbit segera."));
        }

        if (rules.HasFlag(TransitionRules.Exempt))
        {
            list.Add(new("ujiDokumen", true, "Uji konsekuensi: dokumen yang diuji (paling panjang 500 karakter)."));
            list.Add(new("ujiInformasiDikecualikan", true, "Uji konsekuensi: informasi yang dikecualikan (2.000 karakter)."));
            list.Add(new("ujiDasarHukum", true, "Uji konsekuensi: dasar hukum, UU 14/2008 Pasal 17 (1.000 karakter)."));
            list.Add(new("ujiPertimbangan", true, "Uji konsekuensi: pertimbangan kepentingan publik (4.000 karakter)."));
            list.Add(new("ujiJangkaWaktu", true, "Uji konsekuensi: jangka waktu pengecualian (200 karakter)."));
        }

        return list;
    }
}

public sealed record CrossPostView(string Kanal, string Jenis, string Status, int Percobaan, DateTimeOffset? PercobaanBerikutnya, DateTimeOffset? Terkirim, string? RemoteId, string? RemoteUrl, string? Galat, PenghapusanView? Penghapusan = null)
{
    /// <summary>The row with its removal, once its article was withdrawn.</summary>
    public static CrossPostView From(OutboxMessage o, CrossPosting.Removal.OutboxRemoval? removal) =>
        From(o) with { Penghapusan = removal is null ? null : PenghapusanView.From(removal) };

    public static CrossPostView From(OutboxMessage o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Channel, o.ChannelType, o.Status.ToString(), o.Attempts,
            o.Status is OutboxStatus.Pending or OutboxStatus.Waiting or OutboxStatus.Uncertain && o.NextAttemptAt < CrossPosting.Delivery.DeliveryProcessor.Never ? IndonesianTime.ToWib(o.NextAttemptAt) : null,
            o.SentAt is { } s ? IndonesianTime.ToWib(s) : null, o.RemoteId, o.RemoteUrl, o.LastError);
    }
}

/// <summary>
/// The removal of a withdrawn article's post: <c>status</c> (AwaitingSend, Pending, Removing, Waiting, Removed, Manual,
/// RemovedByHand, Failed, NotNeeded), the text the item page shows, what a person must do where removal is by hand.
/// </summary>
public sealed record PenghapusanView(string Status, string Keterangan, string? Alasan, string? Petunjuk, DateTimeOffset? Dihapus, string? DihapusOleh)
{
    public static PenghapusanView From(CrossPosting.Removal.OutboxRemoval r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.Status.ToString(),
            CrossPosting.Removal.RemovalStatusText.Label(r),
            CrossPosting.Removal.RemovalStatusText.Detail(r),
            r.Status == CrossPosting.Removal.RemovalStatus.Manual ? r.ManualHint : null,
            r.RemovedAt is { } at ? IndonesianTime.ToWib(at) : null,
            r.RemovedByName);
    }
}
