using SopPublikasi.Module.Identity;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Tests.LayananInformasi;

/// <summary>The desk's workflow as data: every permission exists, every action reads in Indonesian, the check refuses.</summary>
public class LayananWorkflowTests
{
    private static readonly HashSet<string> Known = [.. LayananPermissions.Provider.Permissions.Select(p => p.Name)];

    private static Actor Holding(params string[] roles) =>
        new("u", "Uji", roles.ToHashSet(), LayananPermissions.Provider.DefaultRoles.Where(d => d.Value.Any(roles.Contains)).Select(d => d.Key).ToHashSet());

    public static TheoryData<string, string?, string> Rows()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var r in PermohonanWorkflow.Rows)
        {
            data.Add(r.Action, r.Permission, r.Label);
        }

        foreach (var r in KeberatanWorkflow.Rows)
        {
            data.Add(r.Action, r.Permission, r.Label);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rows_PermissionIsDeclaredAndLabelIsIndonesian(string action, string? permission, string label)
    {
        if (permission is not null)
        {
            Assert.Contains(permission, Known);
        }

        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.NotEqual(action, label);
        Assert.Equal(label, LayananLabels.Aksi(action));
    }

    [Fact]
    public void Rows_OnlyTheRequestersOwnObjectionGoesWithoutPermission()
    {
        Assert.All(PermohonanWorkflow.Rows, r => Assert.NotNull(r.Permission));
        Assert.Equal([KeberatanWorkflow.Ajukan], KeberatanWorkflow.Rows.Where(r => r.Permission is null).Select(r => r.Action));
    }

    [Fact]
    public void Actions_AreUnique()
    {
        var all = PermohonanWorkflow.Rows.Select(r => r.Action).Concat(KeberatanWorkflow.Rows.Select(r => r.Action))
            .Concat(LayananActions.SystemLabels.Keys).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Check_StafSekretariatDecides_IsForbidden()
    {
        var e = Assert.Throws<LayananForbiddenException>(() =>
            PermohonanWorkflow.Instance.Check(PermohonanWorkflow.Jawab, StatusPermohonan.Diterima, Holding(SopRoles.StafSekretariat), LayananLabels.Status));
        Assert.Contains("pemberian jawaban tertulis", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnsweredRequestExtended_IsRefusedWithItsStatus()
    {
        var e = Assert.Throws<LayananRuleException>(() =>
            PermohonanWorkflow.Instance.Check(PermohonanWorkflow.Perpanjang, StatusPermohonan.Dijawab, Holding(SopRoles.PpidPembantu), LayananLabels.Status));
        Assert.Equal("Perpanjangan jangka waktu tidak dapat dilakukan pada status \"Dijawab\".", e.Message);
    }

    [Fact]
    public void Check_PpidPembantuDecidesPreparedAnswer_ReachesDijawab()
    {
        var row = PermohonanWorkflow.Instance.Check(PermohonanWorkflow.Jawab, StatusPermohonan.JawabanDisiapkan, Holding(SopRoles.PpidPembantu), LayananLabels.Status);
        Assert.Equal(StatusPermohonan.Dijawab, row.To);
    }

    [Fact]
    public void Check_OnlyTheAtasanAnswersAnObjection()
    {
        Assert.Throws<LayananForbiddenException>(() =>
            KeberatanWorkflow.Instance.Check(KeberatanWorkflow.Putus, StatusKeberatan.Diterima, Holding(SopRoles.PpidPembantu), LayananLabels.KeberatanStatus));
        var row = KeberatanWorkflow.Instance.Check(KeberatanWorkflow.Putus, StatusKeberatan.Diterima, Holding(SopRoles.AtasanPpid), LayananLabels.KeberatanStatus);
        Assert.Equal(StatusKeberatan.Dijawab, row.To);
    }

    [Fact]
    public void Labels_EveryStatusAndDecisionHasItsIndonesianName()
    {
        Assert.Equal(["Diterima", "Jawaban disiapkan", "Dijawab"], Enum.GetValues<StatusPermohonan>().Select(LayananLabels.Status));
        Assert.Equal(["Dikabulkan", "Dikabulkan sebagian", "Ditolak", "Informasi tidak dikuasai"], Enum.GetValues<KeputusanPermohonan>().Select(LayananLabels.Keputusan));
        Assert.Equal("Menunggu tanggapan atasan", LayananLabels.Keberatan(StatusKeberatan.Diterima, null));
        Assert.Equal("Keberatan diterima", LayananLabels.Keberatan(StatusKeberatan.Dijawab, PutusanKeberatan.Dikabulkan));
        Assert.Equal("Keberatan ditolak", LayananLabels.Keberatan(StatusKeberatan.Dijawab, PutusanKeberatan.Ditolak));
        Assert.All(Enum.GetValues<AlasanKeberatan>(), a => Assert.NotEqual(a.ToString(), LayananLabels.Alasan(a)));
    }

    [Fact]
    public void AlasanPengecualian_TenGroundsAThroughJ_FoundByTheirCode()
    {
        Assert.Equal("abcdefghij", new string([.. AlasanPengecualian.All.Select(a => a.Huruf)]));
        Assert.Equal("mengungkap rahasia pribadi", AlasanPengecualian.Find("pasal 17 huruf h")!.Uraian);
        Assert.Null(AlasanPengecualian.Find("Pasal 17 huruf k"));
    }
}
