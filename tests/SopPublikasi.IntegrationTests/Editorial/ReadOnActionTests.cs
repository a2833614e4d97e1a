using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.IntegrationTests.Editorial;

/// <summary>Issue 20: the bell's count only rose. Acting on an item (a move, a draft save) reads that person's notices about it.</summary>
public sealed class ReadOnActionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private SopAppFactory App => app.Factory;

    [Fact]
    public async Task MoveAndDraftSave_MarkTheActorsNoticesAboutThatItemRead_OnlyThose()
    {
        var ppid = await Browser.SignInAsync(App, "ppid");
        var id = await Sop.CreateDisposisiAsync(ppid, "Bel Dibaca " + Guid.NewGuid().ToString("N")[..8]);
        var other = await Sop.CreateDisposisiAsync(ppid, "Bel Lain " + Guid.NewGuid().ToString("N")[..8]);
        var agendaris = await Browser.SignInAsync(App, "agendaris");
        Assert.Equal(1, Unread("agendaris", id));
        Assert.Equal(1, Unread("agendaris", other));
        var bellBefore = Bell(await agendaris.GetAsync("/admin"));

        // A move: the notice about this item is read; the one about the other item stays unread.
        await Sop.ActOkAsync(agendaris, id, "teruskan");
        Assert.Equal(0, Unread("agendaris", id));
        Assert.Equal(1, Unread("agendaris", other));
        Assert.Equal(bellBefore - 1, Bell(await agendaris.GetAsync("/admin")));

        // The Sekretaris is told, receives and assigns (both moves read the notices), then the staff member is told.
        var sekretaris = await Browser.SignInAsync(App, "sekretaris");
        Assert.Equal(1, Unread("sekretaris", id));
        await Sop.ActOkAsync(sekretaris, id, "terima");
        var staffId = App.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekretaris, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        Assert.Equal(0, Unread("sekretaris", id));
        Assert.Equal(1, Unread("staf", id));

        // A draft save (no move): the staff member's notice about the item is read.
        var staf = await Browser.SignInAsync(App, "staf");
        var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Bel dibaca saat draf disimpan"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        Assert.Equal(0, Unread("staf", id));
        Assert.True(App.WithDb(db => db.Notifications.Where(n => n.UserId == staffId && n.Link == $"/admin/materi/{id}").All(n => n.ReadAt != null)));
    }

    private int Unread(string userName, Guid id)
    {
        var userId = App.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);
        return App.WithDb(db => db.Notifications.Count(n => n.UserId == userId && n.Link == $"/admin/materi/{id}" && n.ReadAt == null));
    }

    private static int Bell(Page page) =>
        int.TryParse(page.Document.QuerySelector("[data-testid=lonceng-jumlah]")?.TextContent.Trim(), out var n) ? n : 0;
}
