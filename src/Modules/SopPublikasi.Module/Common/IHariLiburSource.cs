namespace SopPublikasi.Module.Common;

/// <summary>
/// The dates that are not working days beyond the weekend (national holidays and cuti bersama), as an administrator
/// keeps them. The PPID desk's feature provides it; the SOP's step deadlines count with it too when it is there.
/// </summary>
public interface IHariLiburSource
{
    Task<IReadOnlySet<DateOnly>> GetAsync(CancellationToken ct);
}
