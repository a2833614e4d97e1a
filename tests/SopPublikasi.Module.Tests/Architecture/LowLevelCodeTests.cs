using System.Reflection;
using System.Security;
using NetArchTest.Rules;

namespace SopPublikasi.Module.Tests.Architecture;

/// <summary>
/// The module compiles without unsafe code and uses no EF Core internals: what must go below the public APIs (the
/// FTS5 ranking function, kept statements, EF Core's SQLite connection) lives in SopPublikasi.Data.Sqlite, with its
/// own tests.
/// </summary>
public class LowLevelCodeTests
{
    [Fact]
    public void Module_HasNoUnsafeCode() =>
        // The compiler marks a module that contains unsafe code with [module: UnverifiableCode].
        Assert.Empty(FeatureGraph.Module.ManifestModule.GetCustomAttributes<UnverifiableCodeAttribute>());

    [Fact]
    public void DataSqlite_IsWhereTheUnsafeCodeIs() =>
        // The check above can fail: the project that keeps the interop carries the mark.
        Assert.NotEmpty(typeof(SopPublikasi.Data.Sqlite.SqliteRanking).Assembly.ManifestModule.GetCustomAttributes<UnverifiableCodeAttribute>());

    [Fact]
    public void Module_UsesNoEfCoreInternals()
    {
        var result = Types.InAssembly(FeatureGraph.Module).ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore.Internal",
            "Microsoft.EntityFrameworkCore.Storage.Internal",
            "Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal",
            "Microsoft.EntityFrameworkCore.Query.Internal",
            "Microsoft.EntityFrameworkCore.Infrastructure.Internal").GetResult();

        Assert.True(result.IsSuccessful, "EF Core internals used by: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void DataSqlite_UsesEfCoreInternals_SoTheCheckCanFail()
    {
        var result = Types.InAssembly(typeof(SopPublikasi.Data.Sqlite.StatementKeepingSqliteConnection).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal").GetResult();

        Assert.False(result.IsSuccessful);
    }
}
