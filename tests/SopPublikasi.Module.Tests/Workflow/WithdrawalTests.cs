using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Removal;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

/// <summary>Withdrawal ("Tarik dari publikasi"): the SOP's data, who may take it, and what it does to the item.</summary>
public class WithdrawalTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private readonly SopStateMachine _machine = TestActors.Machine();

    public static TheoryData<int, string> EveryWithdrawalTimesEveryRole()
    {
        var data = new TheoryData<int, string>();
        foreach (var t in SopWorkflowSeed.Transitions(SopRoles.Pencatat).Where(t => t.Rules.HasFlag(TransitionRules.Withdraw)))
        {
            foreach (var role in SopRoles.All)
            {
                data.Add(t.Id, role);
            }
        }

        return data;
    }

    [Fact]
    public void Seed_WithdrawalsLeaveTerbitAndEveryRevisionStateAndTheScheduledOneForDitarik_WithAReason()
    {
        var withdrawals = SopWorkflowSeed.Transitions(SopRoles.Pencatat).Where(t => t.Rules.HasFlag(TransitionRules.Withdraw)).ToList();

        Assert.Equal([16, 17, 18, 19, 21], withdrawals.Select(t => t.Id));
        Assert.Equal(
            [WorkflowState.Terbit, WorkflowState.Penyusunan, WorkflowState.Koreksi, WorkflowState.Verifikasi, WorkflowState.Terjadwal],
            withdrawals.Select(t => t.From));
        Assert.All(withdrawals, t => Assert.Equal(("tarik", WorkflowState.Ditarik, true), (t.Action, t.To, t.Rules.HasFlag(TransitionRules.Note))));
        Assert.Equal(512, (int)TransitionRules.Withdraw);
        Assert.Equal(11, (int)WorkflowState.Ditarik);
        Assert.Equal("Ditarik", SopWorkflowSeed.States.Single(s => s.Code == WorkflowState.Ditarik).Name);
        Assert.DoesNotContain(SopWorkflowSeed.Transitions(SopRoles.Pencatat), t => t.From == WorkflowState.Ditarik);
    }

    [Theory]
    [MemberData(nameof(EveryWithdrawalTimesEveryRole))]
    public void Choose_EveryRoleOnEveryWithdrawal_AllowedOnlyToTheDefaultHoldersOfTarikMateri(int transitionId, string role)
    {
        var transition = _machine.Transitions.Single(t => t.Id == transitionId);
        var actor = TestActors.With("x", role);

        if (role is SopRoles.PpidPembantu or SopRoles.TimVerifikasi)
        {
            Assert.True(actor.May(MateriPermissions.TarikMateriName));
            Assert.Same(transition, _machine.Choose(transition.From, "tarik", actor));
        }
        else
        {
            var ex = Assert.Throws<WorkflowRuleException>(() => _machine.Choose(transition.From, "tarik", actor));
            Assert.True(ex.IsForbidden);
            Assert.Equal(SopStateMachine.WithdrawRefusal, ex.Message);
        }
    }

    [Fact]
    public void Choose_ByThePermissionNotTheRole_AGrantToAnotherRoleAllowsIt_ARevokedGrantRefusesIt()
    {
        var sekretarisWithGrant = new Actor("s", "Sekretaris", new HashSet<string> { SopRoles.Sekretaris }, new HashSet<string> { MateriPermissions.TarikMateriName });
        var ppidWithoutGrant = new Actor("p", "PPID", new HashSet<string> { SopRoles.PpidPembantu }, new HashSet<string>());

        Assert.Equal("tarik", _machine.Choose(WorkflowState.Terbit, "tarik", sekretarisWithGrant).Action);
        Assert.True(Assert.Throws<WorkflowRuleException>(() => _machine.Choose(WorkflowState.Terbit, "tarik", ppidWithoutGrant)).IsForbidden);
    }

    [Fact]
    public void Available_NeverListsAWithdrawal_ItIsNobodysTask()
    {
        foreach (var state in Enum.GetValues<WorkflowState>())
        {
            Assert.DoesNotContain(_machine.Available(state, TestActors.Ppid), t => t.Action == "tarik");
        }
    }

    [Fact]
    public void Apply_WithdrawPublished_TakesTheLiveVersionOffAndRecordsWhoWhenWhy()
    {
        var m = Published();
        var live = m.PublishedVersionId!.Value;

        var entries = m.Apply(_machine, new TransitionCommand("tarik", Note: "  Terbit karena salah unggah  "), TestActors.Ppid, Now);

        Assert.Equal(WorkflowState.Ditarik, m.State);
        Assert.Null(m.PublishedVersionId);
        Assert.Null(m.PublishedCategoryId);
        Assert.False(m.IsLive);
        Assert.True(m.IsGone);
        Assert.Equal(new MateriWithdrawn(m.Id, live), Assert.Single(m.DomainEvents.OfType<MateriWithdrawn>()));
        var entry = Assert.Single(entries);
        Assert.Equal(
            ("tarik", WorkflowState.Terbit, WorkflowState.Ditarik, "ppid", "Terbit karena salah unggah", Now),
            (entry.Action, entry.From, entry.To, entry.ActorId, entry.Note, entry.At));
        Assert.Null(HistoryChain.FindBreak(m.History));
        Assert.Empty(m.AvailableTo(_machine, TestActors.Ppid, null));
    }

    [Fact]
    public void Apply_WithdrawWithoutReason_RefusedBesideTheField_AndNothingChanges()
    {
        var m = Published();
        var (history, stamp, live) = (m.History.Count, m.ConcurrencyStamp, m.PublishedVersionId);

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("tarik", Note: "   "), TestActors.Verifikator, Now));

        Assert.Equal(("Alasan penarikan wajib diisi.", "Catatan"), (ex.Message, ex.Field));
        Assert.Equal((WorkflowState.Terbit, history, stamp, live), (m.State, m.History.Count, m.ConcurrencyStamp, m.PublishedVersionId));
    }

    [Fact]
    public void Apply_WithdrawDuringARevision_TheLiveVersionGoesAndTheRevisionEnds()
    {
        var m = Published();
        var live = m.PublishedVersionId!.Value;
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Tambah foto"), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft("Judul revisi"), TestActors.Staf, 1, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);

        Assert.Equal(["tarik"], m.AvailableTo(_machine, TestActors.Ppid, null).Select(t => t.Action));
        Assert.DoesNotContain(m.AvailableTo(_machine, TestActors.Staf, null), t => t.Action == "tarik");
        Assert.Contains(m.AvailableTo(_machine, TestActors.Sekretaris, null), t => t.Action == "ajukan-verifikasi");
        Assert.DoesNotContain(m.AvailableTo(_machine, TestActors.Sekretaris, null), t => t.Action == "tarik");

        m.Apply(_machine, new TransitionCommand("tarik", Note: "Data pribadi"), TestActors.Verifikator, Now);

        Assert.Equal((WorkflowState.Ditarik, (Guid?)null), (m.State, m.PublishedVersionId));
        Assert.Equal(live, Assert.Single(m.DomainEvents.OfType<MateriWithdrawn>()).VersionId);
    }

    [Fact]
    public void Apply_WithdrawAScheduledRevision_TheLiveVersionGoes_AndNothingIsPublishedAtTheTime()
    {
        var m = Published();
        var live = m.PublishedVersionId!.Value;
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Tambah foto"), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft("Judul revisi"), TestActors.Staf, 1, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala) { ScheduledAt = Now.AddDays(1) }, TestActors.Verifikator, Now);
        Assert.Equal((WorkflowState.Terjadwal, (Guid?)live), (m.State, m.PublishedVersionId));

        m.Apply(_machine, new TransitionCommand("tarik", Note: "Data pribadi"), TestActors.Ppid, Now);

        Assert.Equal((WorkflowState.Ditarik, (Guid?)null), (m.State, m.PublishedVersionId));
        Assert.False(m.IsDue(Now.AddDays(2)));
    }

    [Fact]
    public void Apply_WithdrawAScheduledItemNeverPublished_Refused()
    {
        var m = Assigned();
        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala) { ScheduledAt = Now.AddDays(1) }, TestActors.Verifikator, Now);

        Assert.ThrowsAny<Exception>(() => m.Apply(_machine, new TransitionCommand("tarik", Note: "Salah"), TestActors.Ppid, Now));
        Assert.Equal(WorkflowState.Terjadwal, m.State);
    }

    [Fact]
    public void Apply_WithdrawAnItemNeverPublished_RefusedAsWrongState_AndNotOffered()
    {
        var m = Assigned();

        Assert.DoesNotContain(m.AvailableTo(_machine, TestActors.Ppid, null), t => t.Action == "tarik");
        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("tarik", Note: "Salah"), TestActors.Ppid, Now));

        Assert.True(ex.IsWrongState);
        Assert.Equal(WorkflowState.Penyusunan, m.State);
    }

    [Fact]
    public void RemovalPolicy_ByApiWithinTheWindow_AfterItByHand_AndManualNetworksWithTheirHint()
    {
        var sent = new OutboxMessage { Id = Guid.NewGuid(), ChannelType = "Telegram", Status = OutboxStatus.Sent, RemoteId = "42", SentAt = Now.AddHours(-47), RemoteUrl = "https://t.me/kanal/42" };
        var removal = new OutboxRemoval();

        RemovalPolicy.Decide(removal, sent, PostRemoval.ApiWithin(TimeSpan.FromHours(48)), Now);
        Assert.Equal(RemovalStatus.Pending, removal.Status);

        sent.SentAt = Now.AddHours(-49);
        RemovalPolicy.Decide(removal, sent, PostRemoval.ApiWithin(TimeSpan.FromHours(48)), Now);
        Assert.Equal(RemovalStatus.Manual, removal.Status);
        Assert.StartsWith("Batas penghapusan lewat API (48 jam setelah terkirim) sudah lewat. Hapus unggahan ini langsung di Telegram.", removal.ManualHint, StringComparison.Ordinal);
        Assert.Contains("https://t.me/kanal/42", removal.ManualHint, StringComparison.Ordinal);

        (sent.ChannelType, removal.ChannelType) = ("Instagram", "Instagram");
        RemovalPolicy.Decide(removal, sent, PostRemoval.Manual("Buka Instagram, pilih unggahan, ketuk ⋯ lalu Hapus."), Now);
        Assert.Equal(RemovalStatus.Manual, removal.Status);
        Assert.Equal("Hapus manual di Instagram: Buka Instagram, pilih unggahan, ketuk ⋯ lalu Hapus. Tautan: https://t.me/kanal/42", RemovalStatusText.Label(removal));

        RemovalPolicy.Decide(removal, sent, PostRemoval.Api, Now);
        Assert.Equal(RemovalStatus.Pending, removal.Status);
    }

    [Fact]
    public void Plan_APostInFlight_WaitsForItsOutcome()
    {
        var sending = new OutboxMessage { Id = Guid.NewGuid(), MateriId = Guid.NewGuid(), Channel = "log", ChannelType = "Log", Status = OutboxStatus.Sending };

        var plan = RemoveCrossPostsOnWithdrawal.Plan(sending, PostRemoval.Api, Now);

        Assert.Equal((RemovalStatus.AwaitingSend, sending.Id, "Menunggu penghapusan"), (plan.Status, plan.OutboxId, RemovalStatusText.Label(plan)));
    }

    private static DraftContent Draft(string title = "Musrenbang Kecamatan 2027") =>
        new(title, null, "Ringkasan", "<p>Isi</p>", 1, null, null, null, null, [], ["musrenbang"]);

    private MateriPublikasi Assigned()
    {
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid(), Perihal = "Musrenbang" }, "musrenbang", _machine, TestActors.Ppid, Now);
        m.Apply(_machine, new TransitionCommand("teruskan"), TestActors.Agendaris, Now);
        m.Apply(_machine, new TransitionCommand("terima"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Staf), TestActors.Sekretaris, Now);
        return m;
    }

    private MateriPublikasi Published()
    {
        var m = Assigned();
        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);
        return m;
    }
}
