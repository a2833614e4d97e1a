namespace SopPublikasi.Module.Disposisi;

/// <summary>
/// One option of the Lembar Disposisi's instruction checklist, edited by administrators; seeded from
/// <see cref="DisposisiOptions"/>. A disposisi keeps the text that was ticked, so renaming or retiring an
/// option does not change sheets already given.
/// </summary>
public sealed class InstruksiDisposisi
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;

    public int Order { get; set; }

    public bool Active { get; set; } = true;
}
