using Microsoft.Data.Sqlite;
using SopPublikasi.Data.Sqlite;

namespace SopPublikasi.Data.Sqlite.Tests;

/// <summary>
/// sop_bm25 must rank exactly as FTS5's bm25 does when it is handed the same document counts: same score for every
/// row, on an index shaped like the site's (weights per column, prefix phrases, several words).
/// </summary>
public sealed class SqliteRankingTests : IDisposable
{
    private static readonly string[] Vocabulary =
        ["gamelan", "gambyong", "posyandu", "balita", "desa", "irigasi", "sawah", "pasar", "festival", "lansia", "jalan", "jembatan"];

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteRankingTests()
    {
        _connection.Open();
        Execute("""
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5(materi_id UNINDEXED, judul, ringkasan, isi,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')
            """);
        var random = new Random(2026);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
        for (var i = 0; i < 300; i++)
        {
            using var insert = _connection.CreateCommand();
            insert.CommandText = """INSERT INTO "SearchIndex" (materi_id, judul, ringkasan, isi) VALUES ($id, $judul, $ringkasan, $isi)""";
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            insert.Parameters.AddWithValue("$judul", Text(1 + random.Next(5)));
            insert.Parameters.AddWithValue("$ringkasan", Text(3 + random.Next(10)));
            insert.Parameters.AddWithValue("$isi", Text(10 + random.Next(200)));
            insert.ExecuteNonQuery();
        }

        SqliteRanking.EnsureRegistered(_connection);
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData("gamelan")]
    [InlineData("gam")]
    [InlineData("posyandu balita")]
    [InlineData("ja desa lansia")]
    public void Score_WithTheExactDocumentCounts_EqualsFts5Bm25ForEveryRow(string query)
    {
        var words = query.Split(' ');
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        var counts = words.Select(w => Scalar($"""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH '"{w}"*'""")).ToList();
        using var command = _connection.CreateCommand();
        var countArguments = string.Join(", ", counts);
        command.CommandText = $"""
            SELECT bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0), sop_bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0, {countArguments})
            FROM "SearchIndex" WHERE "SearchIndex" MATCH $match
            """;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal(reader.GetDouble(0), reader.GetDouble(1), 1e-12);
        }

        Assert.True(rows > 5, $"only {rows} rows matched '{query}'");
    }

    [Fact]
    public void Score_RareWordWeighsMoreThanCommonWord_AsBm25Does()
    {
        // Two documents alike but for which word they hold twice: the one repeating the rarer word ranks first.
        Execute("""INSERT INTO "SearchIndex" (materi_id, judul, ringkasan, isi) VALUES ('a', 'x', 'x', 'kulit kulit desa wayang'), ('b', 'x', 'x', 'kulit desa desa wayang')""");
        var kulit = Scalar("""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH '"kulit"*'""");
        var desa = Scalar("""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH '"desa"*'""");
        var first = ScalarText($"""
            SELECT materi_id FROM "SearchIndex" WHERE "SearchIndex" MATCH '"kulit"* "desa"* "wayang"*'
            ORDER BY sop_bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0, {kulit}, {desa}, 2) LIMIT 1
            """);
        Assert.Equal("a", first);
    }

    [Fact]
    public void StaleCountAboveTheRowCount_StillGivesAScore()
    {
        var score = Scalar("""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH 'desa' AND sop_bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0, 1000000) < 0""");
        Assert.Equal(Scalar("""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH 'desa'"""), score);
    }

    [Fact]
    public void WrongNumberOfArguments_IsTheQuerysError()
    {
        var error = Assert.Throws<SqliteException>(() => Scalar("""SELECT sop_bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0) FROM "SearchIndex" WHERE "SearchIndex" MATCH 'desa'"""));
        Assert.Contains("one document count per phrase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureRegistered_AgainOrOnAnotherConnection_Works()
    {
        SqliteRanking.EnsureRegistered(_connection);
        using var other = new SqliteConnection("Data Source=:memory:");
        other.Open();
        using (var create = other.CreateCommand())
        {
            create.CommandText = """CREATE VIRTUAL TABLE t USING fts5(a); INSERT INTO t VALUES ('satu dua'), ('dua tiga')""";
            create.ExecuteNonQuery();
        }

        SqliteRanking.EnsureRegistered(other);
        using var rank = other.CreateCommand();
        rank.CommandText = "SELECT count(*) FROM t WHERE t MATCH 'dua' AND sop_bm25(t, 1.0, 2) < 0";
        Assert.Equal(2L, rank.ExecuteScalar());
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string ScalarText(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
