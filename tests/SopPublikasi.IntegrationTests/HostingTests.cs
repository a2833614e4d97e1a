using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests;

/// <summary>Start-up: demo data only in Development, seeding is idempotent, history rows cannot be changed.</summary>
public class HostingTests
{
    [Fact]
    public async Task Development_DemoEnabled_CreatesOneAccountPerRoleAndPublishedArticles()
    {
        using var factory = new SopAppFactory { Environment = "Development" };
        factory.Settings["Demo:Enabled"] = "true";

        var page = await new Browser(factory).GetAsync("/");

        Assert.Equal(SopRoles.All.Count, factory.WithDb(db => db.Users.Count()));
        Assert.Equal(3, factory.WithDb(db => db.Materi.Count(m => m.PublishedVersionId != null)));
        Assert.Contains("Musyawarah Perencanaan Pembangunan", page.Text(), StringComparison.Ordinal);
        Assert.All(factory.WithDb(db => db.History.ToList()).GroupBy(h => h.MateriId), g => Assert.Null(HistoryChain.FindBreak(g)));
        var sekretaris = await Browser.SignInAsync(factory, "sekretaris", "Demo#2026sop");
        Assert.Contains("Posyandu Balita", (await sekretaris.GetAsync("/admin")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_DemoEnabled_NoDemoAccounts()
    {
        using var factory = new SopAppFactory { Environment = "Production" };
        factory.Settings["Demo:Enabled"] = "true";
        _ = factory.Server;

        Assert.Equal(0, factory.WithDb(db => db.Users.Count()));
        Assert.Equal(SopRoles.All.Count, factory.WithDb(db => db.Roles.Count()));
        Assert.Equal(SopWorkflowSeed.Transitions(SopRoles.Pencatat).Count, factory.WithDb(db => db.WorkflowTransitions.Count()));
    }

    [Fact]
    public void Production_InitialAdminConfigured_CreatedOnce()
    {
        using var factory = new SopAppFactory { Environment = "Production" };
        factory.Settings["Accounts:InitialAdminUser"] = "operator";
        factory.Settings["Accounts:InitialAdminPassword"] = "Operator#2026x";
        _ = factory.Server;

        Assert.Equal(["operator"], factory.WithDb(db => db.Users.Select(u => u.UserName).ToList()));
    }

    [Fact]
    public void Workflow_PencatatMergedIntoSekretaris_ByConfiguration()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Workflow:PencatatRole"] = "Sekretaris";
        _ = factory.Server;

        Assert.Equal("Sekretaris", factory.WithDb(db => db.WorkflowTransitions.Single(t => t.Action == "teruskan").Role));
    }

    [Fact]
    public void Workflow_StepWaktuFromConfiguration_AppliedToStoredSteps()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Workflow:StepWorkingDays:7"] = "3";
        _ = factory.Server;

        var days = factory.WithDb(db => db.SopSteps.OrderBy(s => s.Number).Select(s => s.WorkingDaysAllowed).ToList());
        Assert.Equal([1, 1, 1, 1, 1, 1, 3, 1], days);
    }

    [Fact]
    public async Task History_EditThroughEf_RefusedByTheDbContext()
    {
        using var factory = new SopAppFactory();
        await factory.SeedUsersAsync();
        await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Coba ubah riwayat");

        var ex = Assert.Throws<InvalidOperationException>(() => factory.WithDb(db =>
        {
            db.History.First().Note = "diubah";
            return db.SaveChanges();
        }));

        Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_UnknownChannelType_FailsWithClearMessage()
    {
        using var factory = new SopAppFactory();
        factory.Settings["CrossPosting:Channels:burung:Type"] = "Merpati";

        var ex = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Merpati", ex.ToString(), StringComparison.Ordinal);
    }
}
