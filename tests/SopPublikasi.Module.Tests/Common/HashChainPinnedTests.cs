using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Common;

/// <summary>
/// Rows already stored must keep verifying: the hashes below were computed outside .NET (SHA-256 of the fields joined
/// by U+001F, the previous hash first, as the chains have always written them), so a change of the hashed text shows.
/// </summary>
public class HashChainPinnedTests
{
    [Fact]
    public void SopHistory_RowIssuedOnBehalf_HashesAsStored()
    {
        var row = new HistoryEntry
        {
            MateriId = Guid.Parse("3f2b9c1e-5a7d-4e0f-8b6c-2d1a9e8f7c6b"),
            Sequence = 3,
            Action = "terima",
            From = (WorkflowState)2,
            To = (WorkflowState)3,
            SopStep = 3,
            ActorId = "u-sekretaris",
            ActorName = "Sekretaris Kecamatan",
            Role = "Sekretaris",
            IssuedById = "u-admin",
            At = new DateTimeOffset(2026, 11, 23, 3, 0, 0, 789, TimeSpan.Zero),
            VersionNumber = 0,
        };

        Assert.Equal("298ee127ab0025ec7cc14ac2c352b7b2f4f7763476751f18348c93b1e4962303", HistoryChain.Compute(row, HistoryChain.Genesis));
    }

    [Fact]
    public void DeskHistory_FirstRow_HashesAsStored()
    {
        var row = new LayananHistoryEntry
        {
            PermohonanId = Guid.Parse("8a1d2c3b-4e5f-4071-8293-a4b5c6d7e8f9"),
            Sequence = 1,
            Action = "ajukan",
            From = string.Empty,
            To = "Diterima",
            ActorId = "pemohon",
            ActorName = "Pemohon",
            At = new DateTimeOffset(2026, 11, 2, 9, 0, 0, 250, TimeSpan.FromHours(7)),
            Note = "Nomor 001/PPID-KEC/XI/2026",
        };

        Assert.Equal("5eb413a52db87273aa822a16b4bdbc50a12c2d72fadda08d126588bac73a0018", LayananHistoryChain.Compute(row, LayananHistoryChain.Genesis));
        row.PreviousHash = LayananHistoryChain.Genesis;
        row.Hash = LayananHistoryChain.Compute(row, row.PreviousHash);
        Assert.Null(LayananHistoryChain.FindBreak([row]));
        row.Note = "Nomor 002/PPID-KEC/XI/2026";
        Assert.Equal(1, LayananHistoryChain.FindBreak([row]));
    }
}
