using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

public class HistoryChainTests
{
    private static List<HistoryEntry> History()
    {
        var machine = TestActors.Machine();
        var now = new DateTimeOffset(2026, 11, 23, 2, 5, 0, 123, TimeSpan.Zero).AddTicks(4567);
        var m = MateriPublikasi.Create(new LembarDisposisi { Id = Guid.NewGuid() }, "x", machine, TestActors.Ppid, now);
        m.Apply(machine, new TransitionCommand("teruskan", Note: "Segera"), TestActors.Agendaris, now.AddMinutes(5));
        m.Apply(machine, new TransitionCommand("terima"), TestActors.Sekretaris, now.AddMinutes(9));
        return m.History;
    }

    [Fact]
    public void FindBreak_UntouchedHistory_ReturnsNull()
    {
        var history = History();

        Assert.Null(HistoryChain.FindBreak(history));
        Assert.Equal(HistoryChain.Genesis, history[0].PreviousHash);
        Assert.Equal(history[0].Hash, history[1].PreviousHash);
    }

    [Fact]
    public void FindBreak_EditedNote_PointsAtTheEditedRow()
    {
        var history = History();
        history[1].Note = "Tidak segera";

        Assert.Equal(2, HistoryChain.FindBreak(history));
    }

    [Fact]
    public void FindBreak_ChangedActor_PointsAtTheEditedRow()
    {
        var history = History();
        history[2].ActorName = "Orang lain";

        Assert.Equal(3, HistoryChain.FindBreak(history));
    }

    [Fact]
    public void FindBreak_RemovedRow_Detected()
    {
        var history = History();
        history.RemoveAt(1);

        Assert.Equal(2, HistoryChain.FindBreak(history));
    }

    [Fact]
    public void FindBreak_RowRehashedAfterEdit_NextRowShowsTheBreak()
    {
        var history = History();
        history[1].Note = "Diubah";
        history[1].Hash = HistoryChain.Compute(history[1], history[1].PreviousHash);

        Assert.Equal(3, HistoryChain.FindBreak(history));
    }

    [Fact]
    public void Apply_TimeWithSubMillisecondTicks_StoredToWholeMilliseconds()
    {
        var history = History();

        Assert.All(history, h => Assert.Equal(0, h.At.UtcTicks % TimeSpan.TicksPerMillisecond));
    }
}
