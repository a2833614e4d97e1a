using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SopPublikasi.Data.Sqlite;
using SopPublikasi.Module.Materi;
using SQLitePCL;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// The cards of a page of search results on SQLite, read by a statement kept prepared on the connection
/// (<see cref="SqliteKeptStatements"/>): the same columns as <see cref="PublicArticles"/>' card projection, in the
/// order of the ids given.
/// </summary>
/// <remarks>
/// Through EF Core the query took nearly as long as ranking the page: a list of ids makes EF Core write the SQL again
/// on every execution, and SQLite then prepares it again. An integration test compares these cards with EF Core's
/// field by field, so that the two stay the same when the model changes.
/// </remarks>
public static class SqliteCards
{
    /// <summary>The ids arrive as one JSON array; <c>j.key</c> is each id's place in it.</summary>
    private const string Sql = """
        SELECT m."Id", m."Slug", v."Title", v."Summary", c."Name", c."Slug", m."FirstPublishedAt", m."LastPublishedAt",
               v."ActivityDate", v."ActivityPlace", m."KategoriInformasi", v."CoverImageId", v."CoverImageAlt"
        FROM json_each($ids) AS j
        CROSS JOIN "Materi" AS m ON m."Id" = j.value
        JOIN "MateriVersions" AS v ON v."Id" = m."PublishedVersionId"
        JOIN "Categories" AS c ON c."Id" = v."CategoryId"
        ORDER BY j.key
        """;

    /// <summary>How the SQLite context stores DateTimeOffset (its ConfigureConventions).</summary>
    private static readonly DateTimeOffsetToBinaryConverter Dates = new();

    /// <summary>Published articles by id, in the order given; ids of articles not published are left out.</summary>
    public static List<PublishedArticle> ByIds(SqliteConnection connection, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var cards = new List<PublishedArticle>(ids.Count);
        SqliteKeptStatements.Query(connection, Sql, statement => SqliteKeptStatements.Bind(statement, "$ids", JsonArray(ids)), row => cards.Add(Read(row)), ct);
        return cards;
    }

    /// <summary>The ids as EF Core stores a Guid on SQLite (upper case text), as a JSON array.</summary>
    private static string JsonArray(IReadOnlyList<Guid> ids) =>
        JsonSerializer.Serialize(ids.Select(id => id.ToString("D").ToUpperInvariant()));

    private static PublishedArticle Read(sqlite3_stmt row) => new()
    {
        Id = Guid.Parse(SqliteKeptStatements.Text(row, 0)),
        Slug = SqliteKeptStatements.Text(row, 1),
        Title = SqliteKeptStatements.Text(row, 2),
        Summary = SqliteKeptStatements.Text(row, 3),
        Body = string.Empty,
        CategoryName = SqliteKeptStatements.Text(row, 4),
        CategorySlug = SqliteKeptStatements.Text(row, 5),
        PublishedAt = Date(row, 6),
        UpdatedAt = Date(row, 7),
        ActivityDate = SqliteKeptStatements.TextOrNull(row, 8) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ActivityPlace = SqliteKeptStatements.TextOrNull(row, 9),
        KategoriInformasi = SqliteKeptStatements.TextOrNull(row, 10) is { } kategori ? Enum.Parse<KategoriInformasi>(kategori) : null,
        CoverImageId = SqliteKeptStatements.TextOrNull(row, 11) is { } cover ? Guid.Parse(cover) : null,
        CoverImageAlt = SqliteKeptStatements.TextOrNull(row, 12),
    };

    private static DateTimeOffset Date(sqlite3_stmt row, int column) =>
        Dates.ConvertFromProviderTyped(raw.sqlite3_column_int64(row, column));
}
