using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

/// <summary>
/// Corrections ("Ralat"): only a revision of a live article carries a note, of bounded length; the note becomes a
/// published correction with the time its revision goes live (approval or scheduled publication), and earlier ones stay.
/// </summary>
public class MateriRalatTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private readonly SopStateMachine _machine = TestActors.Machine();

    private MateriPublikasi Drafting()
    {
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid(), Perihal = "Vaksinasi" }, "vaksinasi", _machine, TestActors.Ppid, Now);
        m.Apply(_machine, new TransitionCommand("teruskan"), TestActors.Agendaris, Now);
        m.Apply(_machine, new TransitionCommand("terima"), TestActors.Sekretaris, Now);
        m.Apply(_machine, new TransitionCommand("tugaskan", Assignee: TestActors.Staf), TestActors.Sekretaris, Now);
        return m;
    }

    private MateriPublikasi Published()
    {
        var m = Drafting();
        m.SaveDraft(Draft(null), TestActors.Staf, 0, Now);
        ToLive(m, Now);
        return m;
    }

    private void ToLive(MateriPublikasi m, DateTimeOffset at, DateTimeOffset? scheduled = null)
    {
        m.Apply(_machine, new TransitionCommand("serahkan"), TestActors.Staf, at);
        m.Apply(_machine, new TransitionCommand("ajukan-verifikasi"), TestActors.Sekretaris, at);
        m.Apply(_machine, new TransitionCommand("setujui", Klasifikasi: KategoriInformasi.Berkala) { ScheduledAt = scheduled }, TestActors.Verifikator, at);
    }

    private void Revise(MateriPublikasi m, string? note, DateTimeOffset at)
    {
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Perbaiki"), TestActors.Sekretaris, at);
        m.SaveDraft(Draft(note), TestActors.Staf, m.LatestVersion, at);
        ToLive(m, at);
    }

    private static DraftContent Draft(string? note) =>
        new("Vaksinasi ternak", null, "Ringkasan", "<p>Isi</p>", 1, null, null, null, null, [], []) { CorrectionNote = note };

    [Fact]
    public void NoteOnAFirstPublication_Refused_WithTheField_NothingChanged()
    {
        var m = Drafting();

        var error = Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft("Ralat jumlah peserta."), TestActors.Staf, 0, Now));

        Assert.Equal("CatatanRalat", error.Field);
        Assert.Contains("sudah terbit", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, m.LatestVersion);
        Assert.Empty(m.Versions);
    }

    [Fact]
    public void NoteTooLong_Refused_TheLongestIsKept()
    {
        var m = Published();
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Perbaiki"), TestActors.Sekretaris, Now);

        var error = Assert.Throws<WorkflowRuleException>(() => m.SaveDraft(Draft(new string('x', MateriRalat.MaxLength + 1)), TestActors.Staf, 1, Now));
        Assert.Equal("CatatanRalat", error.Field);
        Assert.Equal(1, m.LatestVersion);

        var version = m.SaveDraft(Draft("  " + new string('x', MateriRalat.MaxLength) + "\n"), TestActors.Staf, 1, Now);
        Assert.Equal(MateriRalat.MaxLength, version.CorrectionNote!.Length); // trimmed before it is measured
    }

    [Fact]
    public void RevisionGoesLive_NoteBecomesACorrectionWithThatTime_EarlierOnesStay_NoNoteAddsNone()
    {
        var m = Published();
        var first = Now.AddDays(1);
        var second = Now.AddDays(2);

        Revise(m, "Hari Rabu, bukan Selasa.", first);
        Assert.Null(m.LatestCorrectionNote);
        var one = Assert.Single(m.Corrections);
        Assert.Equal(("Hari Rabu, bukan Selasa.", first, 2, m.Id), (one.Note, one.PublishedAt, one.VersionNumber, one.MateriId));
        Assert.Equal(first, m.LastPublishedAt);

        Revise(m, "Lokasi di lapangan.", second);
        Revise(m, null, second.AddDays(1));
        Revise(m, "   ", second.AddDays(2)); // blank is no note

        Assert.Equal([("Hari Rabu, bukan Selasa.", first), ("Lokasi di lapangan.", second)], m.Corrections.Select(c => (c.Note, c.PublishedAt)));
    }

    [Fact]
    public void NoteWaitsUntilTheRevisionGoesLive_ScheduledPublicationPublishesIt()
    {
        var m = Published();
        var at = Now.AddDays(1);
        m.Apply(_machine, new TransitionCommand("revisi", Note: "Perbaiki"), TestActors.Sekretaris, Now);
        m.SaveDraft(Draft("Jam acara diralat."), TestActors.Staf, 1, Now);
        ToLive(m, Now, scheduled: at);

        Assert.Equal(WorkflowState.Terjadwal, m.State);
        Assert.Empty(m.Corrections);
        Assert.Equal("Jam acara diralat.", m.LatestCorrectionNote);

        m.PublishDue(_machine, at);

        Assert.Equal(at, Assert.Single(m.Corrections).PublishedAt);
        Assert.Null(m.LatestCorrectionNote);
    }
}
