using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Materi;

/// <summary>The list of every item (in flight, published, exempted) with its filters, as the admin page and the API read it.</summary>
public sealed record MateriFilter
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>Words found in the nomor agenda, the perihal or the latest title (case ignored).</summary>
    public string? Q { get; init; }

    public WorkflowState? Tahap { get; init; }

    /// <summary>The SOP step that the item waits for (1-8).</summary>
    public int? Langkah { get; init; }

    /// <summary>The category of the latest version, by id.</summary>
    public int? Kategori { get; init; }

    /// <summary>The category of the latest version, by its slug (as the public API names a category).</summary>
    public string? KategoriSlug { get; init; }

    public KategoriInformasi? Klasifikasi { get; init; }

    /// <summary>Created on or after this day (WIB).</summary>
    public DateOnly? Dari { get; init; }

    /// <summary>Created on or before this day (WIB).</summary>
    public DateOnly? Sampai { get; init; }

    /// <summary>A person's id: the assigned staff member or the editor of any version.</summary>
    public string? Orang { get; init; }

    public MateriSort Urut { get; init; } = MateriSort.Terbaru;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The query keys the list reads, as the admin page and the API name them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["q", "tahap", "langkah", "kategori", "klasifikasi", "dari", "sampai", "orang", "urut", "page", "pageSize"];

    /// <summary>
    /// Reads the filters from query values; every value that cannot be read is named in <paramref name="errors"/>
    /// (keyed by the query key, in Indonesian) and left out of the filter.
    /// </summary>
    public static MateriFilter Parse(Func<string, string?> value, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(value);
        var e = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string key) => string.IsNullOrWhiteSpace(value(key)) ? null : value(key)!.Trim();

        WorkflowState? tahap = null;
        if (Text("tahap") is { } t)
        {
            if (Enum.TryParse<WorkflowState>(t, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(t, out _))
            {
                tahap = parsed;
            }
            else
            {
                e["tahap"] = [$"Tahap tidak dikenal. Pilih salah satu: {string.Join(", ", Enum.GetNames<WorkflowState>())}."];
            }
        }

        int? Int(string key, int min, int max, string message)
        {
            if (Text(key) is not { } s)
            {
                return null;
            }

            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            e[key] = [message];
            return null;
        }

        DateOnly? Date(string key)
        {
            if (Text(key) is not { } s)
            {
                return null;
            }

            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            e[key] = ["Tanggal harus berbentuk yyyy-MM-dd."];
            return null;
        }

        KategoriInformasi? klasifikasi = null;
        if (Text("klasifikasi") is { } k)
        {
            klasifikasi = KlasifikasiParser.Parse(k);
            if (klasifikasi is null)
            {
                e["klasifikasi"] = [$"Klasifikasi tidak dikenal. Pilih salah satu: {string.Join(", ", KlasifikasiParser.Keys.Select(x => x.Key))}."];
            }
        }

        var urut = MateriSort.Terbaru;
        if (Text("urut") is { } u)
        {
            if (Enum.TryParse<MateriSort>(u, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(u, out _))
            {
                urut = sort;
            }
            else
            {
                e["urut"] = ["Urutan tidak dikenal. Pilih salah satu: terbaru, terlama, diperbarui, judul."];
            }
        }

        var q = Text("q");
        if (q is { Length: > 200 })
        {
            e["q"] = ["Kata pencarian paling panjang 200 karakter."];
            q = null;
        }

        var filter = new MateriFilter
        {
            Q = q,
            Tahap = tahap,
            Langkah = Int("langkah", 1, 8, "Langkah SOP harus bilangan 1 sampai 8."),
            Kategori = Text("kategori") is { } byId && byId.All(char.IsAsciiDigit) ? Int("kategori", 1, int.MaxValue, "Kategori harus id kategori (bilangan positif) atau slug-nya.") : null,
            KategoriSlug = Text("kategori") is { } slug && !slug.All(char.IsAsciiDigit) ? slug : null,
            Klasifikasi = klasifikasi,
            Dari = Date("dari"),
            Sampai = Date("sampai"),
            Orang = Text("orang"),
            Urut = urut,
            Page = Int("page", 1, 100_000, "Halaman harus bilangan 1 atau lebih.") ?? 1,
            PageSize = Int("pageSize", 1, MaxPageSize, $"pageSize harus bilangan 1 sampai {MaxPageSize}.") ?? DefaultPageSize,
        };
        errors = e;
        return filter;
    }
}

/// <summary>The list's orders: newest first (default), oldest first, the latest change of state first, by title.</summary>
public enum MateriSort
{
    Terbaru,
    Terlama,
    Diperbarui,
    Judul,
}

/// <summary>One row of the list.</summary>
public sealed record MateriRow(
    Guid Id,
    string NomorAgenda,
    string Perihal,
    string Judul,
    WorkflowState State,
    string StateName,
    int? Langkah,
    string? AssigneeId,
    string? AssigneeName,
    int? KategoriId,
    string? KategoriNama,
    KategoriInformasi? Klasifikasi,
    DateTimeOffset CreatedAt,
    DateTimeOffset StateSince,
    DateTimeOffset? FirstPublishedAt,
    string Slug);

public sealed record MateriPage(IReadOnlyList<MateriRow> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Every item the viewer may see (<see cref="MateriAccess"/>), filtered, sorted and paged in the database; the admin's
/// "Semua Materi" and <c>GET /api/v1/materi</c> read it.
/// </summary>
public sealed class MateriList(SopDbContext db, WorkflowLoader loader)
{
    public async Task<MateriPage> PageAsync(MateriFilter filter, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        var definition = await loader.LoadDefinitionAsync(ct);
        var query = db.Materi.AsNoTracking().Where(MateriAccess.VisibleTo(actor));

        if (filter.Tahap is { } state)
        {
            query = query.Where(m => m.State == state);
        }

        if (filter.Langkah is { } step)
        {
            var states = definition.States.Where(s => s.PendingStep == step).Select(s => s.Code).ToList();
            query = query.Where(m => states.Contains(m.State));
        }

        if (filter.Kategori is { } category)
        {
            query = query.Where(m => m.LatestCategoryId == category);
        }

        if (filter.KategoriSlug is { } slug)
        {
            var ids = db.Categories.Where(c => c.Slug == slug).Select(c => (int?)c.Id);
            query = query.Where(m => ids.Contains(m.LatestCategoryId));
        }

        if (filter.Klasifikasi is { } klasifikasi)
        {
            query = query.Where(m => m.KategoriInformasi == klasifikasi);
        }

        if (filter.Dari is { } from)
        {
            var start = StartOfDay(from);
            query = query.Where(m => m.CreatedAt >= start);
        }

        if (filter.Sampai is { } to && to < DateOnly.MaxValue)
        {
            var end = StartOfDay(to.AddDays(1));
            query = query.Where(m => m.CreatedAt < end);
        }

        if (filter.Orang is { } person)
        {
            query = query.Where(m => m.AssigneeId == person || m.Versions.Any(v => v.EditorId == person));
        }

        var versions = db.Set<MateriVersion>();
        var rows = query.Select(m => new
        {
            m.Id,
            m.Disposisi.NomorAgenda,
            m.Disposisi.Perihal,
            Judul = versions.Where(v => v.Id == m.LatestVersionId).Select(v => v.Title).FirstOrDefault() ?? m.Disposisi.Perihal,
            m.State,
            m.AssigneeId,
            m.AssigneeName,
            m.LatestCategoryId,
            m.KategoriInformasi,
            m.CreatedAt,
            m.StateSince,
            m.FirstPublishedAt,
            m.Slug,
        });

        if (filter.Q is { } q)
        {
            var needle = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            rows = rows.Where(r => r.NomorAgenda.ToLower().Contains(needle) || r.Perihal.ToLower().Contains(needle) || r.Judul.ToLower().Contains(needle));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await rows.CountAsync(ct);
        rows = filter.Urut switch
        {
            MateriSort.Terlama => rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
            MateriSort.Diperbarui => rows.OrderByDescending(r => r.StateSince).ThenBy(r => r.Id),
            MateriSort.Judul => rows.OrderBy(r => r.Judul).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
        };
        var page = await rows.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        var categoryIds = page.Where(r => r.LatestCategoryId is not null).Select(r => r.LatestCategoryId!.Value).Distinct().ToList();
        var categories = categoryIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        return new MateriPage(
            [
                .. page.Select(r => new MateriRow(
                    r.Id, r.NomorAgenda, r.Perihal, r.Judul, r.State, definition.StateName(r.State), definition.PendingStep(r.State)?.Number,
                    r.AssigneeId, r.AssigneeName, r.LatestCategoryId, r.LatestCategoryId is { } c ? categories.GetValueOrDefault(c) : null,
                    r.KategoriInformasi, r.CreatedAt, r.StateSince, r.FirstPublishedAt, r.Slug)),
            ],
            total,
            filter.Page,
            filter.PageSize);
    }

    /// <summary>Midnight in WIB of <paramref name="day"/>, in UTC (the stored times compare as UTC).</summary>
    private static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), IndonesianTime.WibOffset).ToUniversalTime();
}
