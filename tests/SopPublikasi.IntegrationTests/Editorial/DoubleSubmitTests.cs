using System.Net;
using System.Net.Http.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Editorial;

/// <summary>
/// Issue 20: a double click on "Beri disposisi" made two items (and once a 500 on the slug's unique index). A form
/// sent twice with its one-time token lands on the first result; the API's POSTs take an Idempotency-Key.
/// </summary>
public sealed class DoubleSubmitTests(AppFixture app) : IClassFixture<AppFixture>
{
    private SopAppFactory App => app.Factory;

    [Fact]
    public async Task DisposisiForm_SubmittedTwiceAtOnce_OneItem_BothLandOnIt()
    {
        var ppid = await Browser.SignInAsync(App, "ppid");
        var form = await ppid.GetAsync("/admin/disposisi/baru");
        Assert.NotNull(form.Document.QuerySelector("form[enctype] input[type=hidden][name=__FormToken]"));
        var perihal = "Klik Ganda " + Guid.NewGuid().ToString("N")[..8];
        var fields = Sop.Disposisi(perihal);

        // The same page, its form (and token) sent twice at the same moment, as a double click does.
        var pages = await Task.WhenAll(ppid.SubmitFormAsync(form, "form[enctype]", fields), ppid.SubmitFormAsync(form, "form[enctype]", fields));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.StartsWith("/admin/materi/", p.Url, StringComparison.Ordinal));
        Assert.Equal(pages[0].Url, pages[1].Url);
        Assert.Equal(1, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal)));

        // A third submit of that page, later, still does not make a second item.
        var again = await ppid.SubmitFormAsync(form, "form[enctype]", fields);
        Assert.Equal(pages[0].Url, again.Url);
        Assert.Contains("sudah terkirim sebelumnya", again.Text(), StringComparison.Ordinal);
        Assert.Equal(1, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal)));

        // A new page carries a new token: a second disposisi on the same matter is a new item, with its own address.
        var second = await Sop.CreateDisposisiAsync(ppid, perihal);
        Assert.Equal(2, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal)));
        Assert.Equal(2, App.WithDb(db => db.Materi.Where(m => m.Disposisi.Perihal == perihal).Select(m => m.Slug).Distinct().Count()));
        Assert.NotEqual(pages[0].Url, $"/admin/materi/{second}");
    }

    [Fact]
    public async Task RefusedForm_SentAgainCorrected_IsTakenWithTheNewPagesToken()
    {
        var ppid = await Browser.SignInAsync(App, "ppid");
        var form = await ppid.GetAsync("/admin/disposisi/baru");
        var perihal = "Diperbaiki " + Guid.NewGuid().ToString("N")[..8];
        var fields = Sop.Disposisi(perihal);
        fields["Input.Instruksi"] = Array.Empty<string>();
        var refused = await ppid.SubmitFormAsync(form, "form[enctype]", fields);
        Assert.Contains("Centang sedikitnya satu", refused.Text(), StringComparison.Ordinal);

        // The same token again (refused the first time, so it is free), now valid: the item is made once.
        fields["Input.Instruksi"] = new[] { "Untuk dipublikasikan" };
        var taken = await ppid.SubmitFormAsync(form, "form[enctype]", fields);
        Assert.StartsWith("/admin/materi/", taken.Url, StringComparison.Ordinal);
        Assert.Equal(1, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal)));
    }

    [Fact]
    public async Task SameMatterGivenTwiceAtOnce_TwoItems_TwoAddresses_No500()
    {
        var perihal = "Alamat Sama " + Guid.NewGuid().ToString("N")[..8];
        var ppid = await Api.ClientForAsync(App, "ppid");
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => ppid.PostJsonAsync("/api/v1/disposisi", Body(perihal, $"900/{i}/2026"))));
        foreach (var answer in answers)
        {
            Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }

        var slugs = App.WithDb(db => db.Materi.Where(m => m.Disposisi.Perihal == perihal).Select(m => m.Slug).ToList());
        Assert.Equal(4, slugs.Count);
        Assert.Equal(4, slugs.Distinct().Count());
    }

    [Fact]
    public async Task ApiDisposisi_SameKeyTwiceAtOnce_OneItem_SameAnswer_OtherBody422()
    {
        var perihal = "Kunci Sama " + Guid.NewGuid().ToString("N")[..8];
        var ppid = await Api.ClientForAsync(App, "ppid");
        var key = Guid.NewGuid().ToString();
        var body = Body(perihal, "901/1/2026");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(ppid, "/api/v1/disposisi", body, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var locations = answers.Select(a => a.Headers.Location?.ToString()).Distinct().ToList();
        Assert.Single(locations);
        Assert.Equal(2, answers.Count(a => a.Headers.TryGetValues("Idempotent-Replayed", out _)));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.JsonAsync()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal)));

        // The same key with another body: refused, nothing made.
        var other = await PostAsync(ppid, "/api/v1/disposisi", Body(perihal + " lain", "901/2/2026"), key);
        var problem = await other.ProblemAsync(422);
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, App.WithDb(db => db.Disposisi.Count(d => d.Perihal == perihal + " lain")));

        // Another person's same key is their own: not the first person's answer (sekcam may not give a disposisi).
        var sekcam = await Api.ClientForAsync(App, "sekcam");
        var theirs = await PostAsync(sekcam, "/api/v1/disposisi", body, key);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task ApiTransition_RetriedWithItsKey_TakenOnce_FirstAnswerAgain()
    {
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(App, "ppid"), "Transisi Diulang " + Guid.NewGuid().ToString("N")[..8]);
        var agendaris = await Api.ClientForAsync(App, "agendaris");
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(agendaris, $"/api/v1/materi/{id}/transisi", new { aksi = "teruskan" }, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await PostAsync(agendaris, $"/api/v1/materi/{id}/transisi", new { aksi = "teruskan" }, key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(1, App.WithDb(db => db.History.Count(h => h.MateriId == id && h.Action == "teruskan")));

        // Without the key, the repeat is a second move, refused as the SOP says (the item has moved on).
        var unkeyed = await agendaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "teruskan" });
        Assert.Equal(HttpStatusCode.Conflict, unkeyed.StatusCode);
    }

    [Fact]
    public async Task ApiMedia_SameFileSameKey_OneFile()
    {
        var staf = await Api.ClientForAsync(App, "staf");
        var key = Guid.NewGuid().ToString();
        var before = App.WithDb(db => db.Media.Count());
        var answers = new List<HttpResponseMessage>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/media", UriKind.Relative))
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(Sop.Pdf()), "berkas", "surat.pdf" } },
            };
            request.Headers.Add("Idempotency-Key", key);
            answers.Add(await staf.SendAsync(request));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(answers[0].Headers.Location, answers[1].Headers.Location);
        Assert.Equal(before + 1, App.WithDb(db => db.Media.Count()));
    }

    private static object Body(string perihal, string nomor) => new
    {
        nomorAgenda = nomor,
        tanggalDiterima = "2026-11-23",
        asalSurat = "PPID",
        perihal,
        instruksi = new[] { "Untuk dipublikasikan" },
        diteruskanKepada = "Sekretaris",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
