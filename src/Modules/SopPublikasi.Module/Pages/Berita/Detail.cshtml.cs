using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pages.Berita;

/// <summary>A published article. The body was sanitized when it was saved.</summary>
public sealed class DetailModel(PublicArticles articles, SopDbContext db) : PageModel
{
    public PublishedArticle? Article { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Article = await articles.BySlugAsync(slug, ct);
        if (Article is null)
        {
            return NotFound();
        }

        var ids = Article.AttachmentIds.ToList();
        var files = await db.Media.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.OriginalName, ct);
        Attachments = [.. ids.Where(files.ContainsKey).Select(id => (id, files[id]))];
        return Page();
    }
}
