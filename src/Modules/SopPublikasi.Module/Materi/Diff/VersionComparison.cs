using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Materi.Diff;

/// <summary>One field of the material, before and after, with its word diff.</summary>
public sealed record FieldChange(string Field, string Label, bool Changed, IReadOnlyList<DiffPiece> Pieces);

/// <summary>A draft compared field by field with an earlier version (the previous one, or the live one).</summary>
public sealed record VersionComparison(string Heading, int FromNumber, int ToNumber, IReadOnlyList<FieldChange> Fields)
{
    public bool AnyChange => Fields.Any(f => f.Changed);

    /// <summary>Compares every field a reader sees; the body by the words of its text, not its markup.</summary>
    public static VersionComparison Compare(string heading, MateriVersion before, MateriVersion after, Func<int, string> categoryName)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(categoryName);
        return new VersionComparison(heading, before.Number, after.Number,
        [
            Field("judul", "Judul", before.Title, after.Title),
            Field("ringkasan", "Ringkasan", before.Summary, after.Summary),
            Field("kategori", "Kategori", categoryName(before.CategoryId), categoryName(after.CategoryId)),
            Field("tag", "Tag", string.Join(", ", before.Tags), string.Join(", ", after.Tags)),
            Field("tanggal", "Tanggal kegiatan", Date(before.ActivityDate), Date(after.ActivityDate)),
            Field("tempat", "Tempat kegiatan", before.ActivityPlace ?? string.Empty, after.ActivityPlace ?? string.Empty),
            Field("foto", "Foto sampul", Cover(before), Cover(after)),
            Field("lampiran", "Lampiran", Count(before.AttachmentIds), Count(after.AttachmentIds)),
            Field("isi", "Isi", BodyText.FromHtml(before.Body), BodyText.FromHtml(after.Body)),
        ]);
    }

    private static FieldChange Field(string field, string label, string before, string after) =>
        new(field, label, !string.Equals(before, after, StringComparison.Ordinal), WordDiff.Compute(before, after));

    private static string Date(DateOnly? date) => date is { } d ? IndonesianTime.Date(d) : string.Empty;

    private static string Cover(MateriVersion v) => v.CoverImageId is null ? string.Empty : $"foto {v.CoverImageId.Value.ToString()[..8]} ({v.CoverImageAlt})";

    private static string Count(List<Guid> ids) => ids.Count == 0 ? string.Empty : $"{ids.Count} berkas ({string.Join(", ", ids.Select(i => i.ToString()[..8]))})";
}
