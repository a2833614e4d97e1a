using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>
/// One move of the desk as data: the action's name (also the history row's), the statuses it may leave, the status
/// it reaches (null: the status stays), the permission it needs (null: the requester's own move, proven by the
/// number and the secret code) and what users read.
/// </summary>
public sealed record LayananTransition<TStatus>(string Action, IReadOnlyList<TStatus> From, TStatus? To, string? Permission, string Label)
    where TStatus : struct, Enum;

/// <summary>A small workflow's rows and the check every command makes before it moves.</summary>
public abstract class LayananWorkflow<TStatus>
    where TStatus : struct, Enum
{
    public abstract IReadOnlyList<LayananTransition<TStatus>> Table { get; }

    public LayananTransition<TStatus> Get(string action) =>
        Table.FirstOrDefault(r => r.Action == action) ?? throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");

    /// <summary>
    /// The row of <paramref name="action"/>, once the actor may take it (<see cref="LayananForbiddenException"/>)
    /// from <paramref name="status"/> (<see cref="LayananRuleException"/>). A null actor is the requester (or the system).
    /// </summary>
    public LayananTransition<TStatus> Check(string action, TStatus? status, Actor? actor, Func<TStatus, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var row = Authorize(action, actor);
        if (status is { } s ? !row.From.Contains(s) : row.From.Count > 0)
        {
            var from = status is { } now ? label(now) : "belum terdaftar";
            throw new LayananRuleException($"{row.Label} tidak dapat dilakukan pada status \"{from}\".");
        }

        return row;
    }

    /// <summary>The row of <paramref name="action"/>, once the actor may take it (null: the requester or the system).</summary>
    public LayananTransition<TStatus> Authorize(string action, Actor? actor)
    {
        var row = Get(action);
        if (row.Permission is not null && actor is not null && !actor.May(row.Permission))
        {
            throw new LayananForbiddenException($"Anda tidak berwenang: {row.Label.ToLowerInvariant()} memerlukan hak \"{LayananPermissions.TitleOf(row.Permission)}\".");
        }

        if (row.Permission is not null && actor is null)
        {
            throw new LayananForbiddenException($"Hanya petugas yang berwenang yang dapat melakukan ini: {row.Label.ToLowerInvariant()}.");
        }

        return row;
    }
}

/// <summary>The request's moves (UU 14/2008 Pasal 22; Perki 1/2021).</summary>
public sealed class PermohonanWorkflow : LayananWorkflow<StatusPermohonan>
{
    public const string Terima = "terima";
    public const string Perpanjang = "perpanjang";
    public const string Siapkan = "siapkan";
    public const string Jawab = "jawab";
    public const string Lampirkan = "lampirkan";

    private static readonly StatusPermohonan[] Open = [StatusPermohonan.Diterima, StatusPermohonan.JawabanDisiapkan];

    public static PermohonanWorkflow Instance { get; } = new();

    public static IReadOnlyList<LayananTransition<StatusPermohonan>> Rows { get; } =
    [
        // Staff registering a letter, a visit or a message; the requester's own form needs no permission (the service skips the check).
        new(Terima, [], StatusPermohonan.Diterima, LayananPermissions.CatatPermohonanName, "Permohonan dicatat"),
        new(Perpanjang, Open, null, LayananPermissions.PutuskanPermohonanName, "Perpanjangan jangka waktu"),
        new(Siapkan, Open, StatusPermohonan.JawabanDisiapkan, LayananPermissions.SiapkanJawabanName, "Penyiapan jawaban"),
        new(Lampirkan, Open, null, LayananPermissions.SiapkanJawabanName, "Penambahan lampiran jawaban"),
        new(Jawab, Open, StatusPermohonan.Dijawab, LayananPermissions.PutuskanPermohonanName, "Pemberian jawaban tertulis"),
    ];

    public override IReadOnlyList<LayananTransition<StatusPermohonan>> Table => Rows;
}

/// <summary>The objection's moves (UU 14/2008 Pasal 35-37).</summary>
public sealed class KeberatanWorkflow : LayananWorkflow<StatusKeberatan>
{
    public const string Ajukan = "keberatan";
    public const string Putus = "putus-keberatan";
    public const string Sengketa = "sengketa";

    public static KeberatanWorkflow Instance { get; } = new();

    public static IReadOnlyList<LayananTransition<StatusKeberatan>> Rows { get; } =
    [
        new(Ajukan, [], StatusKeberatan.Diterima, null, "Pengajuan keberatan"),
        new(Putus, [StatusKeberatan.Diterima], StatusKeberatan.Dijawab, LayananPermissions.JawabKeberatanName, "Tanggapan atasan PPID atas keberatan"),
        new(Sengketa, [StatusKeberatan.Dijawab], null, LayananPermissions.PutuskanPermohonanName, "Pencatatan sengketa ke Komisi Informasi"),
    ];

    public override IReadOnlyList<LayananTransition<StatusKeberatan>> Table => Rows;
}

/// <summary>History actions the system writes outside the two tables.</summary>
public static class LayananActions
{
    public const string PermohonanDaring = "ajukan";
    public const string Terlambat = "terlambat";
    public const string KeberatanTerlambat = "keberatan-terlambat";
    public const string DataPribadiDihapus = "data-pribadi-dihapus";

    public static IReadOnlyDictionary<string, string> SystemLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PermohonanDaring] = "Permohonan diajukan pemohon",
        [Terlambat] = "Batas waktu jawaban terlewati",
        [KeberatanTerlambat] = "Batas waktu tanggapan keberatan terlewati",
        [DataPribadiDihapus] = "Data pribadi pemohon dihapus (masa retensi berakhir)",
    };
}
