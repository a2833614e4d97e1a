using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Tests.Workflow;

public class SopStateMachineTests
{
    public static TheoryData<int, string> EveryTransitionTimesEveryRole()
    {
        var data = new TheoryData<int, string>();
        foreach (var t in SopWorkflowSeed.Transitions(SopRoles.Pencatat).Where(t => !t.IsAutomatic))
        {
            foreach (var role in SopRoles.All)
            {
                data.Add(t.Id, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionTimesEveryRole))]
    public void Choose_EveryRoleOnEveryTransition_AllowedOnlyForTheSopRole(int transitionId, string role)
    {
        var machine = TestActors.Machine();
        var transition = machine.Transitions.Single(t => t.Id == transitionId);
        var actor = TestActors.With("x", role);

        // A withdrawal is open to the holders of the permission TarikMateri (by default PPID Pembantu and Tim
        // Verifikasi, WithdrawalTests), every other move to its SOP role.
        var withdrawal = transition.Rules.HasFlag(TransitionRules.Withdraw);
        if (withdrawal ? role is SopRoles.PpidPembantu or SopRoles.TimVerifikasi : transition.Role == role)
        {
            Assert.Same(transition, machine.Choose(transition.From, transition.Action, actor));
        }
        else
        {
            var ex = Assert.Throws<WorkflowRuleException>(() => machine.Choose(transition.From, transition.Action, actor));
            Assert.True(ex.IsForbidden);
            Assert.Contains(withdrawal ? "TarikMateri" : transition.Role, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Choose_ActionFromWrongState_RefusedWithReason()
    {
        var ex = Assert.Throws<WorkflowRuleException>(() =>
            TestActors.Machine().Choose(WorkflowState.Penyusunan, "setujui", TestActors.Verifikator));

        Assert.False(ex.IsForbidden);
        Assert.Equal("aksi", ex.Field);
        Assert.Contains("tidak dapat dilakukan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_UnknownAction_RefusedAsUnknown()
    {
        var ex = Assert.Throws<WorkflowRuleException>(() =>
            TestActors.Machine().Choose(WorkflowState.Verifikasi, "hapus", TestActors.Verifikator));

        Assert.Contains("tidak dikenal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_SystemStepByAPerson_Refused()
    {
        var ex = Assert.Throws<WorkflowRuleException>(() =>
            TestActors.Machine().Choose(WorkflowState.Disetujui, "tayangkan", TestActors.Verifikator));

        Assert.True(ex.IsForbidden);
    }

    [Fact]
    public void Available_PersonWithTwoAdjacentRoles_SeesBothStepsInTurn()
    {
        var machine = TestActors.Machine();
        var both = TestActors.With("sekcam", SopRoles.Pencatat, SopRoles.Sekretaris);

        Assert.Equal(["teruskan"], machine.Available(WorkflowState.DisposisiDiberikan, both).Select(t => t.Action));
        Assert.Equal(["terima"], machine.Available(WorkflowState.DiteruskanKeSekretaris, both).Select(t => t.Action));
    }

    [Fact]
    public void Available_VerifierInVerification_OffersSendBackApproveAndExempt()
    {
        var actions = TestActors.Machine().Available(WorkflowState.Verifikasi, TestActors.Verifikator).Select(t => t.Action);

        Assert.Equal(["kembalikan", "setujui", "kecualikan", "jadwalkan"], actions);
    }

    [Fact]
    public void Transitions_Step2MergedIntoSekretaris_SekretarisForwards()
    {
        var machine = TestActors.Machine(pencatatRole: SopRoles.Sekretaris);

        var t = machine.Choose(WorkflowState.DisposisiDiberikan, "teruskan", TestActors.Sekretaris);

        Assert.Equal(2, t.SopStep);
        Assert.Throws<WorkflowRuleException>(() => machine.Choose(WorkflowState.DisposisiDiberikan, "teruskan", TestActors.Agendaris));
    }

    [Fact]
    public void Seed_EverySopStepHasATransition()
    {
        var steps = SopWorkflowSeed.Transitions(SopRoles.Pencatat).Select(t => t.SopStep).Distinct().Order();

        Assert.Equal(Enumerable.Range(1, 8), steps);
    }

    [Fact]
    public void Choose_ScheduledPublicationByAPerson_Refused()
    {
        var ex = Assert.Throws<WorkflowRuleException>(() =>
            TestActors.Machine().Choose(WorkflowState.Terjadwal, "tayangkan", TestActors.Verifikator));

        Assert.True(ex.IsForbidden);
    }

    [Fact]
    public void Scheduled_SystemMoveFromTerjadwal_IsNotTakenAtOnce_ButAtItsTime()
    {
        var machine = TestActors.Machine();

        Assert.Null(machine.AutomaticFrom(WorkflowState.Terjadwal));
        var due = machine.ScheduledFrom(WorkflowState.Terjadwal);
        Assert.NotNull(due);
        Assert.Equal((WorkflowState.Terbit, 8), (due.To, due.SopStep));
        Assert.True(due.Rules.HasFlag(TransitionRules.Publish));
    }

    [Fact]
    public void Available_VerifierWhileScheduled_OffersRescheduleAndStop()
    {
        var actions = TestActors.Machine().Available(WorkflowState.Terjadwal, TestActors.Verifikator).Select(t => t.Action);

        Assert.Equal(["jadwalkan-ulang", "batalkan-jadwal"], actions);
        Assert.Empty(TestActors.Machine().Available(WorkflowState.Terjadwal, TestActors.Sekretaris));
    }

    [Fact]
    public void ScheduledVariant_OfApproval_IsJadwalkan_AndNoneForOtherMoves()
    {
        var machine = TestActors.Machine();
        var setujui = machine.Choose(WorkflowState.Verifikasi, "setujui", TestActors.Verifikator);
        var kembalikan = machine.Choose(WorkflowState.Verifikasi, "kembalikan", TestActors.Verifikator);

        Assert.Equal("jadwalkan", machine.ScheduledVariant(setujui, TestActors.Verifikator)?.Action);
        Assert.Null(machine.ScheduledVariant(kembalikan, TestActors.Verifikator));
        Assert.Null(machine.ScheduledVariant(setujui, TestActors.Sekretaris));
    }
}
