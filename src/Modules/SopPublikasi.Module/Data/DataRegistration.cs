using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.Module.Data;

public static class DataRegistration
{
    /// <summary>Registers <see cref="SopDbContext"/> on the configured provider.</summary>
    public static void AddSopData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AppendOnlyInterceptor>();

        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var connection = builder.Configuration.GetConnectionString("PostgreSql")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PostgreSql is not set.");
            builder.Services.AddDbContext<SopDbContext, PostgreSqlSopDbContext>((sp, o) => o
                .UseNpgsql(connection)
                .AddInterceptors(sp.GetRequiredService<AppendOnlyInterceptor>()));
        }
        else
        {
            var connection = SqliteConnectionString(builder.Configuration.GetConnectionString("Sqlite"), builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<SopDbContext, SqliteSopDbContext>((sp, o) => o
                .UseSqlite(connection)
                .AddInterceptors(sp.GetRequiredService<AppendOnlyInterceptor>()));
        }
    }

    /// <summary>Resolves a relative database file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqlite : configured);
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }
}
