using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>Truly concurrent requests against the real app (SQLite): one wins, the other is refused clearly, nothing is doubled.</summary>
public sealed class ConcurrencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TwoVerifiersApproveAtOnce_OneApproval_OneClearRefusal_OneOutboxRowPerChannel_NoDuplicateHistory()
    {
        await EnsureUserAsync("verifikator2", SopRoles.TimVerifikasi);
        var flow = new ApiFlow(app.Factory);
        var first = await flow.ClientAsync("verifikator");
        var second = await flow.ClientAsync("verifikator2");

        for (var round = 0; round < 3; round++)
        {
            var id = await flow.ToVerifikasiAsync(ApiFlow.Disposisi("Persetujuan serentak " + round), ApiFlow.Draft("Persetujuan serentak ke-" + round));
            var body = new { aksi = "setujui", klasifikasi = "berkala" };

            var answers = await Task.WhenAll(
                first.PostJsonAsync($"/api/v1/materi/{id}/transisi", body),
                second.PostJsonAsync($"/api/v1/materi/{id}/transisi", body));

            var statuses = answers.Select(a => (int)a.StatusCode).Order().ToArray();
            Assert.True(statuses.SequenceEqual([200, 409]), $"round {round}: {string.Join(", ", statuses)}\n{app.Factory.Errors}");
            var refusal = await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ProblemAsync(409);
            Assert.False(string.IsNullOrWhiteSpace(refusal.GetProperty("detail").GetString()));
            var history = app.Factory.WithDb(db => db.History.Where(h => h.MateriId == id).Select(h => new { h.Action, h.Sequence }).ToList());
            Assert.Single(history, h => h.Action == "setujui");
            Assert.Single(history, h => h.Action == "tayangkan");
            Assert.Equal(history.Count, history.Select(h => h.Sequence).Distinct().Count());
            var outbox = app.Factory.WithDb(db => db.Outbox.Where(o => o.MateriId == id).Select(o => o.Channel).ToList());
            Assert.Equal(["log", "log-kedua"], outbox.Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public async Task TwoVerifiersApproveAtOnceInTheAdmin_OneSuccess_OneMessageBesideTheForm()
    {
        await EnsureUserAsync("verifikator2", SopRoles.TimVerifikasi);
        var flow = new ApiFlow(app.Factory);
        var id = await flow.ToVerifikasiAsync(ApiFlow.Disposisi("Persetujuan serentak di admin"), ApiFlow.Draft("Persetujuan serentak di admin"));
        var one = await app.SignInAsync("verifikator");
        var two = await app.SignInAsync("verifikator2");
        var pageOne = await one.GetAsync($"/admin/materi/{id}");
        var pageTwo = await two.GetAsync($"/admin/materi/{id}");
        var fields = new Dictionary<string, object> { ["Input.Klasifikasi"] = "berkala" };

        var results = await Task.WhenAll(
            one.SubmitFormAsync(pageOne, "form[data-aksi='setujui']", fields),
            two.SubmitFormAsync(pageTwo, "form[data-aksi='setujui']", fields));

        Assert.Single(results, r => r.Errors().Length == 0 && r.Text().Contains("langsung tayang", StringComparison.Ordinal));
        var refused = Assert.Single(results, r => r.Errors().Length > 0);
        Assert.Matches("diproses orang lain|tidak dapat dilakukan pada tahap", refused.Errors());
        Assert.Single(app.Factory.WithDb(db => db.History.Where(h => h.MateriId == id && h.Action == "setujui").ToList()));
        Assert.Equal(2, app.Factory.WithDb(db => db.Outbox.Count(o => o.MateriId == id)));
    }

    [Fact]
    public async Task TwoEditorsSaveTheSameDraftAtOnce_OneSaved_Other412_NothingOverwritten()
    {
        var flow = new ApiFlow(app.Factory);
        for (var round = 0; round < 3; round++)
        {
            var id = await flow.ToVerifikasiAsync(ApiFlow.Disposisi("Dua penyunting serentak " + round), ApiFlow.Draft("Draf awal " + round));
            await flow.MoveAsync("verifikator", id, new { aksi = "kembalikan", catatan = "Perbaiki judul." });

            // Both Sekretaris-role users correct version 1 at the same moment.
            var answers = await Task.WhenAll(
                flow.PutDraftAsync("sekretaris", id, ApiFlow.Draft("Koreksi Sekretaris " + round), 1),
                flow.PutDraftAsync("sekcam", id, ApiFlow.Draft("Koreksi Sekcam " + round), 1));

            var statuses = answers.Select(a => (int)a.StatusCode).Order().ToArray();
            Assert.True(statuses.SequenceEqual([200, 412]), $"round {round}: {string.Join(", ", statuses)}\n{app.Factory.Errors}");
            var problem = await answers.Single(a => (int)a.StatusCode == 412).ProblemAsync(412);
            Assert.Contains("Draf sudah diubah orang lain", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var titles = app.Factory.WithDb(db => db.MateriVersions.Where(v => v.MateriId == id).OrderBy(v => v.Number).Select(v => v.Title).ToList());
            Assert.Equal(2, titles.Count);
            Assert.Equal("Draf awal " + round, titles[0]);
        }
    }

    private async Task EnsureUserAsync(string userName, string role)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var user = new AppUser { UserName = userName, FullName = "Uji " + userName };
            Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }
}
