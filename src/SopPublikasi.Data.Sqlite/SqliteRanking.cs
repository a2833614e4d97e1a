using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace SopPublikasi.Data.Sqlite;

/// <summary>
/// <c>sop_bm25(SearchIndex, column weights..., document counts...)</c>: FTS5's own bm25 ranking, with the number of
/// rows matching each phrase handed in by the caller instead of counted on every query.
/// </summary>
/// <remarks>
/// FTS5's <c>bm25()</c> counts, once per query, every row that holds each phrase, to weigh rare words above common
/// ones. For a word in most of 100,000 articles that walk is 3 ms, whatever the number of rows ranked. Those counts
/// change only when published content changes, so the caller keeps them (the site: SopPublikasi.Module.Search.SearchWordCounts)
/// and passes them here. The score is bm25's formula as FTS5 computes it (k1 = 1.2, b = 0.75, the inverse document
/// frequency clamped to 1e-6, negated so that the best row sorts first); a test compares the two scores row by row.
/// The function is registered on each native connection once, through FTS5's extension API.
/// </remarks>
public static unsafe partial class SqliteRanking
{
    public const string FunctionName = "sop_bm25";

    private const string Library = "e_sqlite3";
    private const int SqliteOk = 0;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = [];
    private static readonly object Marker = new();

    /// <summary>Registers the function on the connection's native handle, unless it already has it. The connection must be open.</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        if (Registered.TryGetValue(handle, out _))
        {
            return;
        }

        Register(handle.DangerousGetHandle());
        Registered.AddOrUpdate(handle, Marker);
    }

    private static void Register(nint db)
    {
        // The documented way to reach FTS5's extension API: SELECT fts5(?1), with a pointer bound to ?1.
        nint statement;
        Check(db, sqlite3_prepare_v2(db, "SELECT fts5(?1)\0"u8, -1, &statement, null));
        Fts5Api* api = null;
        try
        {
            Check(db, sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr\0"u8, 0));
            _ = sqlite3_step(statement);
        }
        finally
        {
            _ = sqlite3_finalize(statement);
        }

        if (api is null || api->Version < 2)
        {
            throw new InvalidOperationException("This SQLite build has no FTS5 extension API.");
        }

        fixed (byte* name = "sop_bm25\0"u8)
        {
            Check(db, api->CreateFunction(api, name, null, &Bm25, 0));
        }
    }

    /// <summary>
    /// Arguments after the table: one weight per column (as bm25's), then one document count per phrase of the MATCH
    /// expression, in order.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bm25(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        try
        {
            var columns = api->ColumnCount(fts);
            var phrases = api->PhraseCount(fts);
            if (count != columns + phrases)
            {
                fixed (byte* message = "sop_bm25: one weight per column and one document count per phrase\0"u8)
                {
                    sqlite3_result_error(context, message, -1);
                }

                return;
            }

            long rows = 0, tokens = 0;
            int rc = api->RowCount(fts, &rows);
            rc = rc == SqliteOk ? api->ColumnTotalSize(fts, -1, &tokens) : rc;
            var frequencies = stackalloc double[phrases];
            for (var i = 0; i < phrases; i++)
            {
                frequencies[i] = 0;
            }

            int instances = 0, length = 0;
            rc = rc == SqliteOk ? api->InstCount(fts, &instances) : rc;
            for (var i = 0; rc == SqliteOk && i < instances; i++)
            {
                int phrase, column, offset;
                rc = api->Inst(fts, i, &phrase, &column, &offset);
                if (rc == SqliteOk)
                {
                    frequencies[phrase] += sqlite3_value_double(values[column]);
                }
            }

            rc = rc == SqliteOk ? api->ColumnSize(fts, -1, &length) : rc;
            if (rc != SqliteOk)
            {
                sqlite3_result_error_code(context, rc);
                return;
            }

            var averageLength = (double)tokens / rows;
            var score = 0.0;
            for (var i = 0; i < phrases; i++)
            {
                // A count kept from before a change elsewhere may be stale: never more rows than the index holds.
                var hits = Math.Clamp(sqlite3_value_double(values[columns + i]), 0, rows);
                var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                score += (idf <= 0.0 ? 1e-6 : idf)
                    * (frequencies[i] * (K1 + 1.0) / (frequencies[i] + (K1 * (1 - B + (B * length / averageLength)))));
            }

            sqlite3_result_double(context, -1.0 * score);
        }
#pragma warning disable CA1031 // nothing may unwind into SQLite's native frames: the failure becomes the query's error
        catch (Exception)
#pragma warning restore CA1031
        {
            fixed (byte* message = "sop_bm25 failed\0"u8)
            {
                sqlite3_result_error(context, message, -1);
            }
        }
    }

    private static void Check(nint db, int rc)
    {
        if (rc != SqliteOk)
        {
            throw new InvalidOperationException($"Registering {FunctionName} failed: SQLite error {rc} ({Marshal.PtrToStringUTF8(sqlite3_errmsg(db))}).");
        }
    }

    /// <summary>fts5.h's fts5_api, as far as xCreateFunction.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, nint, int> CreateFunction;
    }

    /// <summary>fts5.h's Fts5ExtensionApi, as far as xColumnSize (its members are in a fixed order in every version).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int Version;
        public nint UserData;
        public delegate* unmanaged[Cdecl]<nint, int> ColumnCount;
        public delegate* unmanaged[Cdecl]<nint, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged[Cdecl]<nint, int> PhraseCount;
        public nint PhraseSize;
        public delegate* unmanaged[Cdecl]<nint, int*, int> InstCount;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int*, int*, int> Inst;
        public nint Rowid;
        public nint ColumnText;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int> ColumnSize;
    }

    [LibraryImport(Library)]
    private static partial int sqlite3_prepare_v2(nint db, ReadOnlySpan<byte> sql, int length, nint* statement, byte** tail);

    [LibraryImport(Library)]
    private static partial int sqlite3_bind_pointer(nint statement, int index, void* pointer, ReadOnlySpan<byte> type, nint destructor);

    [LibraryImport(Library)]
    private static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    private static partial int sqlite3_finalize(nint statement);

    [LibraryImport(Library)]
    private static partial nint sqlite3_errmsg(nint db);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial double sqlite3_value_double(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    private static partial void sqlite3_result_double(nint context, double value);

    [LibraryImport(Library)]
    private static partial void sqlite3_result_error(nint context, byte* message, int length);

    [LibraryImport(Library)]
    private static partial void sqlite3_result_error_code(nint context, int code);
}
