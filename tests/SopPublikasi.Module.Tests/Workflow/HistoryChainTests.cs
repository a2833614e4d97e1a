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

    // Two rows as the chain was written before HistoryEntry.IssuedById existed: their hashes are the old code's (the
    // fields joined by U+001F, SHA-256), fixed here so that a change of the hashed text for such rows shows.
    private static List<HistoryEntry> WrittenBeforeIssuers()
    {
        var id = Guid.Parse("3f2b9c1e-5a7d-4e0f-8b6c-2d1a9e8f7c6b");
        var first = new HistoryEntry
        {
            MateriId = id,
            Sequence = 1,
            Action = "buat",
            From = (WorkflowState)0,
            To = (WorkflowState)1,
            SopStep = 1,
            ActorId = "u-ppid",
            ActorName = "Petugas PPID",
            Role = "PPID Pembantu",
            At = new DateTimeOffset(2026, 11, 23, 2, 5, 0, 123, TimeSpan.Zero),
            VersionNumber = 0,
            PreviousHash = HistoryChain.Genesis,
            Hash = "8bcb9742599ac451eb106c86674c59850d3b7d53b8b7222f4e8bf60c93ea2fa4",
        };
        var second = new HistoryEntry
        {
            MateriId = id,
            Sequence = 2,
            Action = "teruskan",
            From = (WorkflowState)1,
            To = (WorkflowState)2,
            SopStep = 2,
            ActorId = "u-agendaris",
            ActorName = "Agendaris Kecamatan",
            Role = "Pencatat/Agendaris",
            At = new DateTimeOffset(2026, 11, 23, 2, 10, 0, 456, TimeSpan.Zero),
            Note = "Segera",
            VersionNumber = 0,
            PreviousHash = first.Hash,
            Hash = "49a3c03215c591f5bed08f4d73a29c76159ffd2b16cebcd6b5912439b7628c0f",
        };
        return [first, second];
    }

    [Fact]
    public void FindBreak_RowsWrittenBeforeTheIssuerField_StillVerify()
    {
        Assert.Null(HistoryChain.FindBreak(WrittenBeforeIssuers()));
    }

    [Fact]
    public void FindBreak_NewRowOnBehalfAfterOldRows_VerifiesAndGuardsTheIssuer()
    {
        var history = WrittenBeforeIssuers();
        var onBehalf = new HistoryEntry
        {
            MateriId = history[0].MateriId,
            Sequence = 3,
            Action = "terima",
            From = (WorkflowState)2,
            To = (WorkflowState)3,
            SopStep = 3,
            ActorId = "u-sekretaris",
            ActorName = "Admin Kecamatan atas nama Sekretaris Kecamatan",
            IssuedById = "u-admin",
            Role = "Sekretaris",
            At = new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero),
            PreviousHash = history[1].Hash,
        };
        onBehalf.Hash = HistoryChain.Compute(onBehalf, onBehalf.PreviousHash);
        history.Add(onBehalf);
        Assert.Null(HistoryChain.FindBreak(history));

        onBehalf.IssuedById = "u-lain";
        Assert.Equal(3, HistoryChain.FindBreak(history));

        onBehalf.IssuedById = null; // the issuer erased: the row no longer fits either
        Assert.Equal(3, HistoryChain.FindBreak(history));
    }
}
