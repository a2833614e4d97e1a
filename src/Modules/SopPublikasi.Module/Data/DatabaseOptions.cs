using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSql = 1,
}

/// <summary>"Database" section; connection strings are ConnectionStrings:Sqlite and ConnectionStrings:PostgreSql.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqlite = "Data Source=App_Data/sop-publikasi.db";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
