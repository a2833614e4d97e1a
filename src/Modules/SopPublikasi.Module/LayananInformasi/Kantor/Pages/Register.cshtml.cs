using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>The register of requests for information (<c>/admin/layanan</c>): number, date, name, status and clock.</summary>
[RequirePermission(LayananPermissions.LihatRegisterName)]
public sealed class RegisterModel(RegisterQueries queries, TimeProvider clock) : RegisterPageModel(queries, clock)
{
    public RegisterPage<PermohonanRow> Result { get; private set; } = new([], 0, 1);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadCommonAsync(ct);
        Result = await Queries.PermohonanAsync(Filter, Actor, ct);
    }
}
