namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Carries a new item through the first SOP steps in the admin, as each role would.</summary>
public static class SopShortcuts
{
    /// <summary>Disposisi → forwarded, received and assigned to "staf" by "sekcam" (Pencatat and Sekretaris): the item waits in Penyusunan.</summary>
    public static async Task<Guid> ToPenyusunanAsync(SopAppFactory factory, string perihal)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), perihal);
        var sekcam = await Browser.SignInAsync(factory, "sekcam"); // takes steps 2, 3 and 4 in a row
        await Sop.ActOkAsync(sekcam, id, "teruskan");
        await Sop.ActOkAsync(sekcam, id, "terima");
        var staffId = factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekcam, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        return id;
    }

    /// <summary>Disposisi → forwarded → received → assigned to "staf" → draft v1 → handed in: the item waits in Koreksi.</summary>
    public static async Task<Guid> ToCorrectionAsync(SopAppFactory factory, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), title);
        var sekretaris = await Browser.SignInAsync(factory, "sekretaris");
        await Sop.ActOkAsync(await Browser.SignInAsync(factory, "agendaris"), id, "teruskan");
        await Sop.ActOkAsync(sekretaris, id, "terima");
        var staffId = factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekretaris, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        var staf = await Browser.SignInAsync(factory, "staf");
        var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft(title, body));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        await Sop.ActOkAsync(staf, id, "serahkan");
        return id;
    }
}
