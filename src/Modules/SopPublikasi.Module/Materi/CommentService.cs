using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Materi;

/// <summary>Comments on an item: anyone working in the SOP who may see the item may add one; they show in its timeline.</summary>
public sealed class CommentService(SopDbContext db, TimeProvider clock)
{
    public async Task<MateriComment> AddAsync(Guid materiId, string? text, Actor author, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(author);
        // Only on an item the author may see: anything else is "not found", as everywhere (MateriAccess).
        if (!await db.Materi.Where(MateriAccess.VisibleTo(author)).AnyAsync(m => m.Id == materiId, ct))
        {
            throw new NotFoundException("Materi tidak ditemukan.");
        }

        var clean = text?.Trim() ?? string.Empty;
        if (clean.Length == 0)
        {
            throw new InputException("Teks", "Komentar wajib diisi.");
        }

        if (clean.Length > MateriComment.MaxLength)
        {
            throw new InputException("Teks", $"Komentar paling panjang {MateriComment.MaxLength} karakter.");
        }

        var comment = new MateriComment { MateriId = materiId, AuthorId = author.Id, AuthorName = author.Name, Text = clean, At = clock.GetUtcNow() };
        db.MateriComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    public async Task<IReadOnlyList<MateriComment>> ForAsync(Guid materiId, CancellationToken ct) =>
        await db.MateriComments.AsNoTracking().Where(c => c.MateriId == materiId).OrderBy(c => c.Id).ToListAsync(ct);
}
