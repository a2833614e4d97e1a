using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

public sealed class StepTimesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Median_OddAndEvenCounts_MiddleOrMeanOfMiddleTwo()
    {
        Assert.Equal(TimeSpan.FromHours(2), StepTimes.Median([TimeSpan.FromHours(6), TimeSpan.FromHours(1), TimeSpan.FromHours(2)]));
        Assert.Equal(TimeSpan.FromHours(4), StepTimes.Median([TimeSpan.FromHours(6), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(10)]));
        Assert.Null(StepTimes.Median([]));
    }

    [Fact]
    public void Stays_ConsecutiveRows_DurationForPendingStepOfEnteredState_OpenStayLeftOut()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        HistoryPoint[] rows =
        [
            new(a, 1, WorkflowState.DisposisiDiberikan, T0),
            new(a, 2, WorkflowState.DiteruskanKeSekretaris, T0.AddHours(3)),
            new(a, 3, WorkflowState.DiterimaSekretaris, T0.AddHours(4)),
            new(b, 1, WorkflowState.DisposisiDiberikan, T0.AddHours(1)), // still waiting: no stay
        ];

        var stays = StepTimes.Stays(rows, s => s switch
        {
            WorkflowState.DisposisiDiberikan => 2,
            WorkflowState.DiteruskanKeSekretaris => 3,
            WorkflowState.DiterimaSekretaris => 4,
            _ => null,
        });

        Assert.Equal(
            [new StepStay(2, T0.AddHours(3), TimeSpan.FromHours(3)), new StepStay(3, T0.AddHours(4), TimeSpan.FromHours(1))],
            stays.OrderBy(s => s.Step));
    }
}
