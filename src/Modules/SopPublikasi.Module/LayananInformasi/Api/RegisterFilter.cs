using System.Globalization;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// The register's query (<c>status</c>, <c>tahun</c>, <c>terlambat</c>, <c>q</c>, <c>page</c>, <c>pageSize</c>) for
/// requests or objections; a value that cannot be read is named in the errors (400, as the materi list does).
/// </summary>
public sealed record RegisterFilter<TStatus>
    where TStatus : struct, Enum
{
    public TStatus? Status { get; init; }

    public int? Tahun { get; init; }

    public bool? Terlambat { get; init; }

    public string? Q { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = RegisterFilter.DefaultPageSize;
}

/// <summary>Reads a <see cref="RegisterFilter{TStatus}"/> from the query.</summary>
public static class RegisterFilter
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public static RegisterFilter<TStatus> Parse<TStatus>(Func<string, string?> value, out Dictionary<string, string[]> errors)
        where TStatus : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        var e = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string key) => string.IsNullOrWhiteSpace(value(key)) ? null : value(key)!.Trim();

        TStatus? status = null;
        if (Text("status") is { } s)
        {
            if (!int.TryParse(s, out _) && Enum.TryParse<TStatus>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                status = parsed;
            }
            else
            {
                e["status"] = [$"Status tidak dikenal. Pilih salah satu: {string.Join(", ", Enum.GetNames<TStatus>())}."];
            }
        }

        int? Int(string key, int min, int max, string message)
        {
            if (Text(key) is not { } t)
            {
                return null;
            }

            if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            e[key] = [message];
            return null;
        }

        bool? terlambat = null;
        if (Text("terlambat") is { } late)
        {
            if (bool.TryParse(late, out var b))
            {
                terlambat = b;
            }
            else
            {
                e["terlambat"] = ["Isi true atau false."];
            }
        }

        var q = Text("q");
        if (q is { Length: > 200 })
        {
            e["q"] = ["Kata pencarian paling panjang 200 karakter."];
            q = null;
        }

        var filter = new RegisterFilter<TStatus>
        {
            Status = status,
            Tahun = Int("tahun", 2000, 2999, "Tahun harus bilangan empat angka, mis. 2026."),
            Terlambat = terlambat,
            Q = q,
            Page = Int("page", 1, 100_000, "Halaman harus bilangan 1 atau lebih.") ?? 1,
            PageSize = Int("pageSize", 1, MaxPageSize, $"Banyak baris per halaman 1 sampai {MaxPageSize}.") ?? DefaultPageSize,
        };
        errors = e;
        return filter;
    }
}
