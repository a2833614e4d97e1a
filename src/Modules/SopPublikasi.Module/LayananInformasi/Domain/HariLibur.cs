namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>A national holiday or a cuti bersama day (set every year by a joint decree): not a working day.</summary>
public sealed class HariLibur
{
    public DateOnly Tanggal { get; set; }

    public string Keterangan { get; set; } = string.Empty;

    public bool CutiBersama { get; set; }
}
