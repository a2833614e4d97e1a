using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>The register of objections (<c>/admin/layanan/keberatan</c>), with the atasan's 30-working-day clock.</summary>
[RequirePermission(LayananPermissions.LihatRegisterName)]
public sealed class DaftarKeberatanModel(RegisterQueries queries, TimeProvider clock) : RegisterPageModel(queries, clock)
{
    public RegisterPage<KeberatanRow> Result { get; private set; } = new([], 0, 1);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadCommonAsync(ct);
        Result = await Queries.KeberatanAsync(Filter, Actor, ct);
    }
}
