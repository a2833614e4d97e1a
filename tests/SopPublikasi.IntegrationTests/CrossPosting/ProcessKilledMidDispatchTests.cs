using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Infrastructure.Fakes;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// The built site as a real child process, killed with SIGKILL while a post's answer is on its way, then started
/// again: the row it held is reconciled with X (no idempotency key there) and every post exists exactly once.
/// </summary>
public sealed class ProcessKilledMidDispatchTests : IDisposable
{
    private const int Articles = 5;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sop-kill", Guid.NewGuid().ToString("N"));

    private string Db => Path.Combine(_root, "sop.db");

    [Fact]
    public async Task KilledWhileSending_RestartedEveryPostDeliveredExactlyOnce()
    {
        Directory.CreateDirectory(_root);
        await using var x = (FakeX)await Networks.StartAsync("X");
        x.AnswerDelay = TimeSpan.FromSeconds(1);

        using (var first = Start(x))
        {
            await WaitForMigrationsAsync(first);
            await AddRowsAsync();
            // Kill once the second post has reached X and its answer is still on its way.
            var arrived = await Eventually.WaitAsync(() => x.PostAttempts.Count, n => n >= 2, TimeSpan.FromSeconds(60));
            Assert.True(arrived >= 2, "the first process sent nothing");
            first.Kill(); // SIGKILL on Linux: no shutdown code runs
            await first.WaitForExitAsync();
        }

        var afterKill = Rows();
        Assert.Contains(afterKill, r => r.Status == OutboxStatus.Sending); // the row whose answer was lost
        Assert.True(x.Posts.Count < Articles, "everything was sent before the kill");

        using var second = Start(x);
        try
        {
            var rows = await Eventually.WaitAsync(Rows, r => r.All(o => o.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(90));
            Assert.True(rows.All(o => o.Status == OutboxStatus.Sent), string.Join("\n", rows.Select(o => $"{o.Link} {o.Status} {o.WaitReason} {o.LastError}")));
            Assert.Equal(Articles, x.Posts.Count);
            Assert.Equal(Articles, x.Posts.Select(p => p.Text).Distinct().Count());
            Assert.Equal(x.Posts.Select(p => p.Id).Order(), rows.Select(o => o.RemoteId!).Order());
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS.
        }
    }

    private Process Start(FakeX x)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SopPublikasi.Cms.dll"));
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        env["ConnectionStrings__Sqlite"] = "Data Source=" + Db;
        env["Media__Path"] = Path.Combine(_root, "media");
        env["Site__PublicBaseUrl"] = "https://kecamatan-contoh.karanganyarkab.go.id";
        env["CrossPosting__Channels__log__Enabled"] = "false";
        env["CrossPosting__PollInterval"] = "00:00:00.200";
        env["CrossPosting__LeaseDuration"] = "00:00:04";
        env["CrossPosting__HttpTimeout"] = "00:00:03";
        foreach (var (key, value) in x.Channel("x"))
        {
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private SqliteSopDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteSopDbContext>().UseSqlite("Data Source=" + Db).Options);

    private async Task WaitForMigrationsAsync(Process process)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                await using var db = Context();
                if (File.Exists(Db) && !(await db.Database.GetPendingMigrationsAsync()).Any())
                {
                    return;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // Still being created.
            }

            await Task.Delay(200);
        }

        Assert.Fail("the site did not start");
    }

    private async Task AddRowsAsync()
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= Articles; i++)
        {
            var link = $"https://kecamatan-contoh.karanganyarkab.go.id/berita/artikel-{i}";
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                MateriId = Guid.NewGuid(),
                Channel = "x",
                ChannelType = "X",
                Title = $"Artikel {i}",
                Text = $"Artikel {i}\n\n{link}",
                Link = link,
                Status = OutboxStatus.Pending,
                NextAttemptAt = now.AddMilliseconds(i),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    private List<OutboxMessage> Rows()
    {
        using var db = Context();
        return [.. db.Outbox.AsNoTracking().Where(o => o.Channel == "x").OrderBy(o => o.NextAttemptAt)];
    }
}
