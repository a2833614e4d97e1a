using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

/// <summary>Scheduled publication: approval with a time, rescheduling, stopping, and the system's publication at the minute.</summary>
public class MateriScheduleTests
{
    // Monday 23 November 2026, 09.05 WIB.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tomorrow9Wib = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly SopStateMachine _machine = TestActors.Machine();

    private MateriPublikasi InVerification(bool publishedBefore = false)
    {
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid(), Perihal = "Musrenbang" }, "musrenbang", _machine, TestActors.Ppid, Now);
        m.Apply(_machine, new TransitionCommand("teruskan"), TestActors.Agendaris, Now);
        m.Apply(_machine, new TransitionCommand("terima"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Staf), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft("Musrenbang Kecamatan 2027"), TestActors.Staf, 0, Now);
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        if (publishedBefore)
        {
            m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now);
            m.Apply(_machine, new TransitionCommand("revisi", Note: "Tambah foto"), TestActors.Sekretaris, Now);
            m.SaveDraft(Draft("Judul revisi"), TestActors.Staf, 1, Now);
            m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, Now);
            m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, Now);
        }

        return m;
    }

    private static DraftContent Draft(string title) => new(title, null, "Ringkasan", "<p>Isi</p>", 1, null, null, null, null, [], []);

    private static TransitionCommand Approve(DateTimeOffset? at, KategoriInformasi? klasifikasi = KategoriInformasi.Berkala) =>
        new("setujui", Klasifikasi: klasifikasi) { ScheduledAt = at };

    [Fact]
    public void Approve_WithATime_IsScheduled_NothingPublished()
    {
        var m = InVerification();

        var entries = m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Terjadwal, m.State);
        Assert.Equal(["jadwalkan"], entries.Select(e => e.Action));
        Assert.Equal(Tomorrow9Wib, m.ScheduledAt);
        Assert.Null(m.PublishedVersionId);
        Assert.Empty(m.DomainEvents.OfType<MateriPublished>());
        Assert.Equal(Tomorrow9Wib, Assert.Single(m.DomainEvents.OfType<MateriScheduled>()).At);
        Assert.Equal(KategoriInformasi.Berkala, m.KategoriInformasi);
    }

    [Fact]
    public void Approve_WithATime_SecondsAreCutToTheMinute()
    {
        var m = InVerification();

        m.Apply(_machine, Approve(Tomorrow9Wib.AddSeconds(42)), TestActors.Verifikator, Now);

        Assert.Equal(Tomorrow9Wib, m.ScheduledAt);
    }

    [Fact]
    public void Approve_WithoutATime_PublishesAtOnceAsBefore()
    {
        var m = InVerification();

        m.Apply(_machine, Approve(null), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Terbit, m.State);
        Assert.Null(m.ScheduledAt);
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(0)]
    public void Approve_WithATimeNotInTheFuture_RefusedBesideJadwal_AndNothingChanges(int minutesFromNow)
    {
        var m = InVerification();
        var stamp = m.ConcurrencyStamp;

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, Approve(Now.AddMinutes(minutesFromNow)), TestActors.Verifikator, Now));

        Assert.Equal("Jadwal", ex.Field);
        Assert.Contains("sudah lewat", ex.Message, StringComparison.Ordinal);
        Assert.Equal((WorkflowState.Verifikasi, stamp, (DateTimeOffset?)null), (m.State, m.ConcurrencyStamp, m.ScheduledAt));
    }

    [Fact]
    public void Approve_BeyondTheHorizon_Refused_WithinIt_Accepted()
    {
        var horizon = TimeSpan.FromDays(30);
        var late = InVerification();
        var ex = Assert.Throws<WorkflowRuleException>(() => late.Apply(
            _machine, Approve(Now + horizon + TimeSpan.FromMinutes(1)) with { ScheduleHorizon = horizon }, TestActors.Verifikator, Now));
        Assert.Equal("Jadwal", ex.Field);
        Assert.Contains("paling lambat 30 hari", ex.Message, StringComparison.Ordinal);

        var inTime = InVerification();
        inTime.Apply(_machine, Approve(Now + horizon) with { ScheduleHorizon = horizon }, TestActors.Verifikator, Now);
        Assert.Equal(WorkflowState.Terjadwal, inTime.State);
    }

    [Fact]
    public void Approve_WithATime_ClassificationStillRequired()
    {
        var m = InVerification();

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, Approve(Tomorrow9Wib, klasifikasi: null), TestActors.Verifikator, Now));

        Assert.Equal("Klasifikasi", ex.Field);
        Assert.Equal(WorkflowState.Verifikasi, m.State);
    }

    [Fact]
    public void Approve_WithATime_ByAnAuthor_RefusedAsOwnApproval()
    {
        var m = InVerification();
        var command = Approve(Tomorrow9Wib) with { Authors = new HashSet<string>(["verifikator"]) };

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, command, TestActors.Verifikator, Now));

        Assert.True(ex.IsForbidden);
    }

    [Fact]
    public void Jadwalkan_WithoutATime_Refused()
    {
        var m = InVerification();

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(
            _machine, new TransitionCommand("jadwalkan", Klasifikasi: KategoriInformasi.Berkala), TestActors.Verifikator, Now));

        Assert.Equal("Jadwal", ex.Field);
    }

    [Fact]
    public void ATime_OnAMoveThatCannotBeScheduled_Refused()
    {
        var m = InVerification();

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(
            _machine, new TransitionCommand("kembalikan", Note: "Perbaiki") { ScheduledAt = Tomorrow9Wib }, TestActors.Verifikator, Now));

        Assert.Equal("Jadwal", ex.Field);
        Assert.Equal(WorkflowState.Verifikasi, m.State);
    }

    [Fact]
    public void Reschedule_NeedsANewTime_AndKeepsTheState()
    {
        var m = InVerification();
        m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);

        Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("jadwalkan-ulang"), TestActors.Verifikator, Now));
        var entries = m.Apply(_machine, new TransitionCommand("jadwalkan-ulang") { ScheduledAt = Tomorrow9Wib.AddHours(2) }, TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Terjadwal, m.State);
        Assert.Equal(Tomorrow9Wib.AddHours(2), m.ScheduledAt);
        Assert.Equal((WorkflowState.Terjadwal, WorkflowState.Terjadwal), (entries[0].From, entries[0].To));
    }

    [Fact]
    public void Stop_NeedsANote_AndReturnsToVerification_WithoutATime()
    {
        var m = InVerification();
        m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);

        var ex = Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("batalkan-jadwal"), TestActors.Verifikator, Now));
        Assert.Equal("Catatan", ex.Field);
        m.Apply(_machine, new TransitionCommand("batalkan-jadwal", Note: "Acara ditunda"), TestActors.Verifikator, Now);

        Assert.Equal(WorkflowState.Verifikasi, m.State);
        Assert.Null(m.ScheduledAt);
        Assert.Null(m.PublishedVersionId);
    }

    [Theory]
    [InlineData(SopRoles.PpidPembantu)]
    [InlineData(SopRoles.Pencatat)]
    [InlineData(SopRoles.Sekretaris)]
    [InlineData(SopRoles.StafSekretariat)]
    [InlineData(SopRoles.Administrator)]
    public void RescheduleAndStop_ByAnotherRole_Forbidden(string role)
    {
        var m = InVerification();
        m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);
        var other = TestActors.With("lain", role);

        Assert.True(Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("jadwalkan-ulang") { ScheduledAt = Tomorrow9Wib.AddHours(1) }, other, Now)).IsForbidden);
        Assert.True(Assert.Throws<WorkflowRuleException>(() => m.Apply(_machine, new TransitionCommand("batalkan-jadwal", Note: "x"), other, Now)).IsForbidden);
        Assert.Equal(Tomorrow9Wib, m.ScheduledAt);
    }

    [Fact]
    public void PublishDue_BeforeTheTime_Refused_AtTheMinute_PublishesBySystem()
    {
        var m = InVerification();
        m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);

        Assert.False(m.IsDue(Tomorrow9Wib.AddSeconds(-1)));
        Assert.Throws<WorkflowRuleException>(() => m.PublishDue(_machine, Tomorrow9Wib.AddSeconds(-1)));
        Assert.Equal(WorkflowState.Terjadwal, m.State);

        Assert.True(m.IsDue(Tomorrow9Wib));
        var stamp = m.ConcurrencyStamp;
        var entries = m.PublishDue(_machine, Tomorrow9Wib);

        var entry = Assert.Single(entries);
        Assert.Equal(("tayangkan", 8, SopRoles.System, WorkflowState.Terjadwal), (entry.Action, entry.SopStep, entry.Role, entry.From));
        Assert.Equal(WorkflowState.Terbit, m.State);
        Assert.Equal(m.LatestVersionId, m.PublishedVersionId);
        Assert.Equal(Tomorrow9Wib, m.FirstPublishedAt);
        Assert.Null(m.ScheduledAt);
        Assert.NotEqual(stamp, m.ConcurrencyStamp);
        Assert.True(Assert.Single(m.DomainEvents.OfType<MateriPublished>()).FirstTime);
    }

    [Fact]
    public void PublishDue_NotScheduled_RefusedAsWrongState()
    {
        var m = InVerification();

        Assert.True(Assert.Throws<WorkflowRuleException>(() => m.PublishDue(_machine, Now)).IsWrongState);
    }

    [Fact]
    public void Revision_Scheduled_OldVersionStaysLiveUntilTheTime()
    {
        var m = InVerification(publishedBefore: true);
        var live = m.PublishedVersionId;

        m.Apply(_machine, Approve(Tomorrow9Wib), TestActors.Verifikator, Now);
        Assert.Equal(live, m.PublishedVersionId);
        Assert.Equal(WorkflowState.Terjadwal, m.State);

        m.PublishDue(_machine, Tomorrow9Wib.AddMinutes(1));
        Assert.NotEqual(live, m.PublishedVersionId);
        Assert.Equal(m.LatestVersionId, m.PublishedVersionId);
        Assert.False(m.DomainEvents.OfType<MateriPublished>().Last().FirstTime);
    }
}
