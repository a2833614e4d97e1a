using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

public class MateriPublikasiTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);
    private readonly SopStateMachine _machine = TestActors.Machine();

    private MateriPublikasi NewItem() =>
        MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid(), Perihal = "Musrenbang" }, "musrenbang", _machine, TestActors.Ppid, Now);

    private static DraftContent Draft(string title = "Musrenbang Kecamatan 2027") =>
        new(title, null, "Ringkasan", "<p>Isi</p>", 1, null, null, null, null, [], ["musrenbang"]);

    private MateriPublikasi Received()
    {
        var m = NewItem();
        m.Apply(_machine, new TransitionCommand("teruskan"), TestActors.Agendaris, Now);
        m.Apply(_machine, new TransitionCommand("terima"), TestActors.Sekretaris, Now);
        return m;
    }

    private MateriPublikasi Assigned()
    {
        var m = Received();
        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Staf), TestActors.Sekretaris, Now);
        return m;
    }

    private MateriPublikasi InVerification()
    {
        var m = Assigned();
        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        return m;
    }

    [Fact]
    public void Create_ByPpid_StartsAtStep1WithOneHistoryRow()
    {
        var m = NewItem();

        Assert.Equal(WorkflowState.DisposisiDiberikan, m.State);
        var h = Assert.Single(m.History);
        Assert.Equal((1, "buat", SopRoles.PpidPembantu), (h.SopStep, h.Action, h.Role));
    }

    [Fact]
    public void Create_ByNonPpid_Refused()
    {
        Assert.Throws<WorkflowRuleException>(() =>
            MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid() }, "x", _machine, TestActors.Sekretaris, Now));
    }

    [Fact]
    public void Apply_Approve_PublishesLatestVersionAndRecordsStep8BySystem()
    {
        var m = InVerification();

        var entries = m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Terbit, m.State);
        Assert.Equal(m.LatestVersionId, m.PublishedVersionId);
        Assert.Equal(KategoriInformasi.Berkala, m.KategoriInformasi);
        Assert.Equal(["setujui", "tayangkan"], entries.Select(e => e.Action));
        Assert.Equal((8, SopRoles.System), (entries[1].SopStep, entries[1].Role));
        var published = Assert.Single(m.DomainEvents.OfType<MateriPublished>());
        Assert.True(published.FirstTime);
    }

    [Fact]
    public void Apply_ApproveByAnAuthor_RefusedWithTheReason_AndNothingChanges()
    {
        var m = InVerification();
        var (history, stamp) = (m.History.Count, m.ConcurrencyStamp);
        HashSet<string> authors = [TestActors.Staf.Id, TestActors.Verifikator.Id];

        var refused = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala, Authors: authors), TestActors.Verifikator, Now));

        Assert.Contains("pemisahan tugas", refused.Message, StringComparison.Ordinal);
        Assert.True(refused.IsForbidden);
        Assert.Equal((WorkflowState.Verifikasi, history, stamp, null), (m.State, m.History.Count, m.ConcurrencyStamp, m.PublishedVersionId));
    }

    [Fact]
    public void Apply_ApproveWithATokenIssuedForTheVerifier_ByWhoeverWroteTheDraft_Refused()
    {
        // The administrator wrote the draft through a token issued for the Staf; approving through a token issued
        // for the verifier would be their own approval under another person's name.
        var m = InVerification();
        HashSet<string> authors = [TestActors.Staf.Id, TestActors.Admin.Id];
        var adminAsVerifier = TestActors.Verifikator.OnBehalfOf(TestActors.Admin.Id, TestActors.Admin.Name);

        Assert.True(m.WouldApproveOwnWork(_machine, adminAsVerifier, authors));
        var refused = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala, Authors: authors), adminAsVerifier, Now));

        Assert.Contains("pemisahan tugas", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Verifikasi, m.State);
        Assert.False(m.WouldApproveOwnWork(_machine, TestActors.Verifikator, authors));
    }

    [Fact]
    public void SaveDraftAndApply_OnBehalf_RecordTheIssuerBesideTheOwner()
    {
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid() }, "x", _machine, TestActors.Ppid, Now);
        var adminAsAgendaris = TestActors.Agendaris.OnBehalfOf(TestActors.Admin.Id, TestActors.Admin.Name);

        var entry = Assert.Single(m.Apply(_machine, new TransitionCommand("teruskan"), adminAsAgendaris, Now));

        Assert.Equal((TestActors.Agendaris.Id, TestActors.Admin.Id), (entry.ActorId, entry.IssuedById));
        Assert.Equal($"{TestActors.Admin.Name} atas nama {TestActors.Agendaris.Name}", entry.ActorName);
        Assert.Null(HistoryChain.FindBreak(m.History));
        Assert.Null(m.History[0].IssuedById);
    }

    [Fact]
    public void Apply_ApproveByAVerifierWhoWroteNothing_Publishes()
    {
        var m = InVerification();

        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala, Authors: new HashSet<string> { TestActors.Staf.Id }), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Terbit, m.State);
    }

    [Fact]
    public void Apply_SendBackByAnAuthor_Allowed()
    {
        var m = InVerification();

        m.Apply(_machine, new TransitionCommand("kembalikan", "Perbaiki judul.", Authors: new HashSet<string> { TestActors.Verifikator.Id }), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Koreksi, m.State);
    }

    [Fact]
    public void Apply_SendBackWithoutReason_RefusedAndNothingChanges()
    {
        var m = InVerification();
        var historyBefore = m.History.Count;

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("kembalikan", Note: "  "), TestActors.Verifikator, Now));

        Assert.Equal("Catatan", ex.Field);
        Assert.Equal(WorkflowState.Verifikasi, m.State);
        Assert.Equal(historyBefore, m.History.Count);
    }

    [Fact]
    public void Apply_SendBackWithReason_ReturnsToSekretarisWithReasonShown()
    {
        var m = InVerification();

        m.Apply(_machine, new TransitionCommand("kembalikan", Note: "Foto kurang jelas"), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Koreksi, m.State);
        Assert.Equal("Foto kurang jelas", m.ReturnReason);
        m.SaveDraft(Draft("Musrenbang Kecamatan 2027 (perbaikan)"), TestActors.Sekretaris, 1, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        Assert.Null(m.ReturnReason);
        Assert.Equal(WorkflowState.Verifikasi, m.State);
    }

    [Fact]
    public void Apply_ApproveWithoutClassification_Refused()
    {
        var m = InVerification();

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("setujui"), TestActors.Verifikator, Now));

        Assert.Equal("Klasifikasi", ex.Field);
        Assert.Null(m.PublishedVersionId);
    }

    [Fact]
    public void Apply_ApproveAsDikecualikan_Refused()
    {
        var m = InVerification();

        Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Dikecualikan), TestActors.Verifikator, Now));
    }

    [Fact]
    public void Apply_ExemptWithoutCompleteConsequenceTest_Refused()
    {
        var m = InVerification();
        var partial = new UjiKonsekuensi("Dokumen", "", "UU 14/2008 Pasal 17", "", "5 tahun");

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("kecualikan", UjiKonsekuensi: partial), TestActors.Verifikator, Now));

        Assert.Equal("UjiKonsekuensi", ex.Field);
    }

    [Fact]
    public void Apply_ExemptWithConsequenceTest_NeverPublished()
    {
        var m = InVerification();
        var uji = new UjiKonsekuensi("Notulen rapat", "Data pribadi peserta", "UU 14/2008 Pasal 17 huruf h", "Melindungi privasi lebih besar manfaatnya", "Selamanya");

        m.Apply(_machine, new TransitionCommand("kecualikan", UjiKonsekuensi: uji), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Dikecualikan, m.State);
        Assert.Equal(KategoriInformasi.Dikecualikan, m.KategoriInformasi);
        Assert.Null(m.PublishedVersionId);
        Assert.DoesNotContain(m.DomainEvents, e => e is MateriPublished or MateriWithdrawn);
    }

    [Fact]
    public void Apply_ExemptAfterPublication_RaisesWithdrawnWithTheVersionThatWasLive()
    {
        var m = InVerification();
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);
        var live = m.PublishedVersionId!.Value;
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Ternyata memuat data pribadi"), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft(), TestActors.Staf, 1, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        var uji = new UjiKonsekuensi("Notulen rapat", "Data pribadi peserta", "UU 14/2008 Pasal 17 huruf h", "Melindungi privasi lebih besar manfaatnya", "Selamanya");

        m.Apply(_machine, new TransitionCommand("kecualikan", UjiKonsekuensi: uji), TestActors.Verifikator, Now);

        Assert.Null(m.PublishedVersionId);
        Assert.Equal(new MateriWithdrawn(m.Id, live), Assert.Single(m.DomainEvents.OfType<MateriWithdrawn>()));
    }

    [Fact]
    public void Apply_AssignAndSendBack_RaiseAssignedAndSentBackWithReason()
    {
        var m = Assigned();
        Assert.Equal(new MateriAssigned(m.Id, TestActors.Staf.Id, TestActors.Staf.Name), Assert.Single(m.DomainEvents.OfType<MateriAssigned>()));
        Assert.Empty(m.DomainEvents.OfType<MateriSentBack>());

        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("kembalikan-ke-staf", Note: "  Foto kurang jelas "), TestActors.Sekretaris, Now);

        Assert.Equal(new MateriSentBack(m.Id, "Foto kurang jelas"), Assert.Single(m.DomainEvents.OfType<MateriSentBack>()));
    }

    [Fact]
    public void Apply_SubmitByStaffNotAssigned_Refused()
    {
        var m = Assigned();
        m.SaveDraft(Draft(), TestActors.Staf, 0, Now);

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.StafLain, Now));

        Assert.True(ex.IsForbidden);
        Assert.False(m.CanEdit(TestActors.StafLain));
    }

    [Fact]
    public void Apply_AssignSomeoneWithoutStaffRole_Refused()
    {
        var m = Received();

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Verifikator), TestActors.Sekretaris, Now));

        Assert.Equal("PetugasId", ex.Field);
    }

    [Fact]
    public void Apply_SubmitWithoutDraft_Refused()
    {
        var m = Assigned();

        Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now));
    }

    [Fact]
    public void Apply_OnePersonHoldsEveryAdjacentRole_CompletesTheFlowAlone()
    {
        var everyone = TestActors.With("serba", SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.Sekretaris, SopRoles.StafSekretariat, SopRoles.TimVerifikasi);
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid() }, "x", _machine, everyone, Now);

        foreach (var action in new[] { "teruskan", "terima" })
        {
            m.Apply(_machine, new TransitionCommand(action), everyone, Now);
        }

        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: everyone), everyone, Now);
        m.SaveDraft(Draft(), everyone, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), everyone, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), everyone, Now);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.SetiapSaat), everyone, Now);

        Assert.Equal(WorkflowState.Terbit, m.State);
        Assert.Null(HistoryChain.FindBreak(m.History));
    }

    [Fact]
    public void SaveDraft_FromStaleVersion_RefusedAsConflict()
    {
        var m = InVerification();
        m.Apply(_machine, new TransitionCommand("kembalikan", Note: "Perbaiki"), TestActors.Verifikator, Now);
        m.SaveDraft(Draft("Versi dua dari sekretaris"), TestActors.Sekretaris, 1, Now);

        var ex = Assert.Throws<VersionConflictException>(() => m.SaveDraft(Draft("Versi basi"), TestActors.Sekretaris, 1, Now));

        Assert.Equal(2, ex.LatestVersion);
        Assert.Equal(2, m.LatestVersion);
    }

    [Fact]
    public void SaveDraft_DuringVerification_Refused()
    {
        var m = InVerification();

        Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(), TestActors.Verifikator, 1, Now));
        Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(), TestActors.Sekretaris, 1, Now));
    }

    [Fact]
    public void Revision_AfterPublication_PublishedVersionStaysLiveUntilApprovedAgain()
    {
        var m = InVerification();
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);
        var live = m.PublishedVersionId;

        m.Apply(_machine, new TransitionCommand("revisi", Note: "Tambah foto"), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft("Judul revisi"), TestActors.Staf, 1, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        Assert.Equal(live, m.PublishedVersionId);

        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);

        Assert.NotEqual(live, m.PublishedVersionId);
        Assert.Equal(m.LatestVersionId, m.PublishedVersionId);
        Assert.False(m.DomainEvents.OfType<MateriPublished>().Last().FirstTime);
    }

    [Fact]
    public void SaveDraft_ChangeSlugAfterPublication_Refused()
    {
        var m = InVerification();
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Ubah"), TestActors.Sekretaris, Now);

        var ex = Assert.Throws<WorkflowRuleException>(() =>
            m.SaveDraft(Draft() with { Slug = "alamat-baru" }, TestActors.Staf, 1, Now));

        Assert.Equal("Slug", ex.Field);
        Assert.Equal("musrenbang", m.Slug);
    }
}
