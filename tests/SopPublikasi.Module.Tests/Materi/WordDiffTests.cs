using SopPublikasi.Module.Materi.Diff;

namespace SopPublikasi.Module.Tests.Materi;

public sealed class WordDiffTests
{
    [Fact]
    public void Compute_OneWordChanged_OnlyThatWordInsertedAndDeleted()
    {
        var pieces = WordDiff.Compute("Kegiatan diikuti 80 warga desa.", "Kegiatan diikuti 120 warga desa.");

        Assert.Equal([new DiffPiece(DiffKind.Deleted, "80")], pieces.Where(p => p.Kind == DiffKind.Deleted));
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "120")], pieces.Where(p => p.Kind == DiffKind.Inserted));
    }

    [Theory]
    [InlineData("", "Teks baru sama sekali.")]
    [InlineData("Rapat koordinasi, Senin pagi.", "Rapat koordinasi lintas sektor, Selasa pagi!")]
    [InlineData("Baris satu\nBaris dua", "Baris satu\nBaris tiga\nBaris dua")]
    public void Compute_AnyTexts_PiecesRebuildBothSides(string before, string after)
    {
        var pieces = WordDiff.Compute(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
    }

    [Fact]
    public void Compute_SameText_OneUnchangedPiece()
    {
        Assert.Equal([new DiffPiece(DiffKind.Same, "Sama persis.")], WordDiff.Compute("Sama persis.", "Sama persis."));
    }
}

public sealed class DiffHtmlTests
{
    [Fact]
    public void Render_MarkupInText_EncodedInsideInsAndDel()
    {
        var html = DiffHtml.Render([new(DiffKind.Same, "a "), new(DiffKind.Deleted, "<b>"), new(DiffKind.Inserted, "<script>x</script>")]).ToString();

        Assert.Equal("a <del>&lt;b&gt;</del><ins>&lt;script&gt;x&lt;/script&gt;</ins>", html);
    }
}
