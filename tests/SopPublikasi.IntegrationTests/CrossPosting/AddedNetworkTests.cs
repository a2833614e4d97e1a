using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.Tests.CrossPosting.Networks.Papan;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>
/// A network that is not in the module (Papan, from the unit tests' folder), registered with its one line: the admin
/// channel form offers it with its own label and credential fields, an article is composed within its own configured
/// limits, and the dispatcher sends it through its own client. No shared cross-posting code knows its name.
/// </summary>
public class AddedNetworkTests
{
    [Fact]
    public async Task PapanRegistered_OfferedOnChannelForm_ComposedWithinItsLimits_DispatchedThroughItsClient()
    {
        using var f = new SopAppFactory { TestServices = services => services.AddSocialNetwork<PapanNetwork>() };
        f.Settings["CrossPosting:PollInterval"] = "00:00:00.100";
        f.Settings["CrossPosting:Limits:Papan:MaxLength"] = "80";
        f.Settings["CrossPosting:Channels:papan-desa:Type"] = "papan";
        f.Settings["CrossPosting:Channels:papan-desa:KunciPapan"] = "kunci-rahasia-papan";
        f.Settings["CrossPosting:Channels:papan-desa:IdPapan"] = "7";
        await f.SeedUsersAsync();
        var admin = await Browser.SignInAsync(f, "admin");

        // Offered to administrators with its label and its own credential fields (the board's number is not a secret).
        var form = await admin.GetAsync("/admin/media-sosial/saluran");
        Assert.Equal("Papan Pengumuman Desa", form.Document.QuerySelector("select[name='Input.Jenis'] option[value='Papan']")?.TextContent);
        Assert.Contains("Kunci API papan", form.Document.QuerySelector("[data-kredensial='KunciPapan'] label")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("password", form.Document.QuerySelector("input[name='Input.Kredensial[KunciPapan]']")?.GetAttribute("type"));
        Assert.Equal("text", form.Document.QuerySelector("input[name='Input.Kredensial[IdPapan]']")?.GetAttribute("type"));
        Assert.Contains("(Papan, konfigurasi)", form.Document.QuerySelector("tr[data-saluran='papan-desa']")?.TextContent, StringComparison.Ordinal);

        // Its own requirements refuse an incomplete channel; a complete one is saved.
        var refused = await admin.SubmitFormAsync(form, "form[data-aksi='simpan']", new() { ["Input.Nama"] = "papan-rt", ["Input.Jenis"] = "Papan", ["Input.Kredensial[KunciPapan]"] = "k" });
        Assert.Contains("Papan memerlukan KunciPapan dan IdPapan.", refused.Errors(), StringComparison.Ordinal);
        var saved = await admin.SubmitAsync("/admin/media-sosial/saluran", "form[data-aksi='simpan']", new()
        {
            ["Input.Nama"] = "papan-rt",
            ["Input.Jenis"] = "Papan",
            ["Input.Kredensial[KunciPapan]"] = "kunci-rt",
            ["Input.Kredensial[IdPapan]"] = "8",
        });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("(Papan, ditambahkan admin)", saved.Document.QuerySelector("tr[data-saluran='papan-rt']")?.TextContent, StringComparison.Ordinal);
        var tested = await admin.SubmitFormAsync(saved, "tr[data-saluran='papan-rt'] form[data-aksi='tes']", []);
        Assert.Contains("berhasil: papan 8", tested.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);

        var id = await Publish.ApproveAsync(f, "Kerja bakti membersihkan saluran air di seluruh dusun menjelang musim hujan", ringkasan: string.Join(' ', Enumerable.Repeat("Warga diajak membawa cangkul dan karung.", 6)));
        var rows = await Eventually.WaitAsync(
            () => f.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.MateriId == id && o.ChannelType == "Papan").OrderBy(o => o.Channel).ToList()),
            r => r.Count == 2 && r.All(o => o.Status == OutboxStatus.Sent),
            TimeSpan.FromSeconds(30));
        Assert.Equal(["papan-desa", "papan-rt"], rows.Select(r => r.Channel));
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));

        // Composed within the board's own limit, counted its way (a link counts 10), with the link whole.
        Assert.All(rows, r => Assert.InRange(PapanComposer.Count(r.Text), 60, 80));
        Assert.All(rows, r => Assert.Contains(r.Link, r.Text, StringComparison.Ordinal));

        // Sent through its own client, with each channel's own credentials.
        var received = f.Services.GetRequiredService<PapanBoard>().Received.OrderBy(x => x.Path).ToList();
        Assert.Equal([("/papan/7/pengumuman", "kunci-rahasia-papan"), ("/papan/8/pengumuman", "kunci-rt")], received.Select(x => (x.Path, x.Key)));
        Assert.Equal(rows.Select(r => r.Text), received.Select(x => x.Text));
        Assert.DoesNotContain("kunci-rahasia-papan", f.Errors.ToString(), StringComparison.Ordinal);
    }
}
