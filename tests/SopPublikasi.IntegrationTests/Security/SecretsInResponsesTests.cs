using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// An unexpected failure whose message carries a connection string and a password (as a careless driver's
/// exception might): outside Development the site's error page and the API's problem+json show neither it nor
/// a stack trace.
/// </summary>
public sealed class SecretsInResponsesTests
{
    private const string Secret = "Host=db.internal;Username=sop;Password=RahasiaSekali#99";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task UnexpectedFailure_NoStackTraceNoConnectionString(string environment)
    {
        using var factory = new FailingFactory { Environment = environment };
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");
        var api = await Api.ClientForAsync(factory, "sekretaris");

        factory.Failing = true;
        var page = await admin.Http.GetAsync(new Uri("/admin/webhook", UriKind.Relative));
        var problem = await api.GetAsync(new Uri("/api/v1/alur", UriKind.Relative));
        factory.Failing = false;

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi gangguan", html, StringComparison.Ordinal);
        await problem.ProblemAsync(500);
        var json = await problem.Content.ReadAsStringAsync();
        foreach (var body in new[] { html, json })
        {
            Assert.DoesNotContain("RahasiaSekali", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Host=", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Data Source", body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at SopPublikasi", body, StringComparison.Ordinal);
            Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        }

        Assert.Contains(factory.Errors.Entries, e => e.Contains("RahasiaSekali", StringComparison.Ordinal)); // the failure did happen
    }

    private sealed class FailingFactory : SopAppFactory
    {
        public volatile bool Failing;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureDbContext<SqliteSopDbContext>(o => o.AddInterceptors(new Interceptor(this)));
                services.ConfigureDbContext<PostgreSqlSopDbContext>(o => o.AddInterceptors(new Interceptor(this)));
            });
        }

        /// <summary>Fails the queries of the webhook page and of the workflow definition while the test says so.</summary>
        private sealed class Interceptor(FailingFactory factory) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                if (factory.Failing && (command.CommandText.Contains("\"WebhookSubscriptions\"", StringComparison.Ordinal) || command.CommandText.Contains("\"SopSteps\"", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException("Koneksi gagal: " + Secret);
                }

                return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
            }
        }
    }
}
