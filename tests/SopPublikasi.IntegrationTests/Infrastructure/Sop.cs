using System.Net;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>The SOP's steps as a person takes them in the admin: open the page, fill the form, submit.</summary>
public static class Sop
{
    public static Dictionary<string, object> Disposisi(string perihal) => new()
    {
        ["Input.NomorAgenda"] = "005/" + Random.Shared.Next(100, 999) + "/2026",
        ["Input.TanggalDiterima"] = "2026-11-23",
        ["Input.AsalSurat"] = "PPID Pembantu Kecamatan",
        ["Input.Perihal"] = perihal,
        ["Input.Urgency"] = "Segera",
        ["Input.SecurityClass"] = "Biasa",
        ["Input.Instruksi"] = new[] { "Untuk ditindaklanjuti", "Untuk dipublikasikan" },
        ["Input.DiteruskanKepada"] = "Sekretaris Kecamatan",
    };

    public static async Task<Guid> CreateDisposisiAsync(Browser ppid, string perihal)
    {
        ArgumentNullException.ThrowIfNull(ppid);
        var page = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", Disposisi(perihal));
        Assert.True(page.Url.StartsWith("/admin/materi/", StringComparison.Ordinal), $"Disposisi not created: {page.Errors()}");
        return Guid.Parse(page.Url["/admin/materi/".Length..]);
    }

    public static async Task<Page> ActAsync(Browser actor, Guid id, string aksi, Dictionary<string, object>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await actor.SubmitAsync($"/admin/materi/{id}", $"form[data-aksi='{aksi}']", fields ?? []);
    }

    /// <summary>Takes a move and checks it went through (redirect back to the detail page with no error).</summary>
    public static async Task<Page> ActOkAsync(Browser actor, Guid id, string aksi, Dictionary<string, object>? fields = null)
    {
        var page = await ActAsync(actor, id, aksi, fields);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Errors().Length == 0, $"{aksi} refused: {page.Errors()}");
        Assert.NotNull(page.Document.QuerySelector("[role=status]"));
        return page;
    }

    public static Dictionary<string, object> Draft(string judul, string isi = "<p>Kegiatan berjalan lancar dan diikuti warga.</p>") => new()
    {
        ["Input.Judul"] = judul,
        ["Input.Ringkasan"] = "Ringkasan kegiatan " + judul,
        ["Input.Isi"] = isi,
        ["Input.KategoriId"] = "1",
        ["Input.TanggalKegiatan"] = "2026-11-20",
        ["Input.LokasiKegiatan"] = "Pendapa Kecamatan",
    };

    public static Task<Page> SaveDraftAsync(Browser editor, Guid id, Dictionary<string, object> fields, IEnumerable<(string, string, byte[])>? files = null)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return editor.SubmitAsync($"/admin/materi/{id}/sunting", "form[enctype]", fields, files ?? []);
    }

    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public static byte[] Pdf() => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}
