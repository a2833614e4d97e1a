using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The resident's side of the PPID desk, driven as a person's browser would, and the office's moves through the desk's service.</summary>
public static partial class PpidPublik
{
    /// <summary>A complete, valid request as the form sends it; <paramref name="change"/> overrides fields.</summary>
    public static Dictionary<string, object> Fields(string nama, string? email = null, Action<Dictionary<string, object>>? change = null)
    {
        var fields = new Dictionary<string, object>
        {
            ["Input.JenisPemohon"] = "Perorangan",
            ["Input.NamaPemohon"] = nama,
            ["Input.NomorIdentitas"] = "3313012304850001",
            ["Input.Alamat"] = "Jl. Lawu No. 5, RT 02/RW 03, Desa Contoh",
            ["Input.Telepon"] = "0812 3456 7890",
            ["Input.Email"] = email ?? string.Empty,
            ["Input.RincianInformasi"] = "Salinan Rencana Kerja dan Anggaran kecamatan tahun 2026.",
            ["Input.TujuanPenggunaan"] = "Bahan diskusi warga tentang pembangunan desa.",
            ["Input.CaraMemperoleh"] = "SalinanSoftcopy",
            ["Input.CaraMendapatkanSalinan"] = "Email",
            ["Input.Persetujuan"] = "true",
        };
        change?.Invoke(fields);
        return fields;
    }

    public sealed record Receipt(string Nomor, string Kode, string Batas, string Link, Page Page);

    /// <summary>Submits the form and reads the receipt page it lands on.</summary>
    public static async Task<Receipt> SubmitAsync(Browser browser, Dictionary<string, object> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.SubmitAsync("/ppid/permohonan", "form[data-testid=form-permohonan]", fields);
        return ReadReceipt(page);
    }

    public static Receipt ReadReceipt(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Url.StartsWith("/ppid/permohonan/terkirim", StringComparison.Ordinal), $"landed on {page.Url} ({page.Status}): {page.Errors()} {page.Text()[..Math.Min(400, page.Text().Length)]}");
        string Text(string id) => page.Document.QuerySelector($"[data-testid={id}]")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {id} on the receipt");
        var link = page.Document.QuerySelector("[data-testid=tautan-pribadi]")!.GetAttribute("href")!;
        return new Receipt(Text("nomor-register"), Text("kode-lacak"), Text("batas-waktu"), link, page);
    }

    [GeneratedRegex("^[A-Z2-9]{4}-[A-Z2-9]{4}$")]
    public static partial Regex KodeShape();

    public static async Task<Actor> ActorAsync(IServiceProvider sp, string userName)
    {
        var users = sp.GetRequiredService<UserManager<Module.Data.AppUser>>();
        return await sp.GetRequiredService<ActorResolver>().FromUserAsync((await users.FindByNameAsync(userName))!);
    }

    /// <summary>The PPID Pembantu answers (granted), with an attachment when <paramref name="attachment"/> is given.</summary>
    public static async Task AnswerAsync(SopAppFactory app, string nomor, (string Name, byte[] Bytes)? attachment = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SopDbContext>();
        var desk = sp.GetRequiredService<ILayananInformasi>();
        var ppid = await ActorAsync(sp, "ppid");
        var p = await db.Permohonan.AsNoTracking().SingleAsync(x => x.NomorRegister == nomor);
        if (attachment is { } file)
        {
            await desk.AttachAsync(p.Id, file.Name, "application/pdf", new MemoryStream(file.Bytes), ppid, CancellationToken.None);
            p = await db.Permohonan.AsNoTracking().SingleAsync(x => x.NomorRegister == nomor);
        }

        await desk.DecideAsync(p.Id, p.Revisi, new JawabanInput(KeputusanPermohonan.Dikabulkan,
            "Dokumen RKA 2026 kami lampirkan.", null, null, null, null, null), ppid, CancellationToken.None);
    }
}
