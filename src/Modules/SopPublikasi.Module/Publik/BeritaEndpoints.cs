using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>Public read API: published articles only.</summary>
public static class BeritaEndpoints
{
    public sealed record BeritaItem(Guid Id, string Slug, string Judul, string Ringkasan, string Kategori, DateTimeOffset Terbit, string Url);

    public sealed record BeritaDetail(Guid Id, string Slug, string Judul, string Ringkasan, string Kategori, DateTimeOffset Terbit, DateTimeOffset Diperbarui, string Url, string Isi, DateOnly? TanggalKegiatan, string? LokasiKegiatan);

    public sealed record BeritaPage(IReadOnlyList<BeritaItem> Items, int Total, int Page, int PageSize);

    public static RouteGroupBuilder MapBeritaApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/berita").WithTags("Berita");
        group.MapGet("/", GetPageAsync).WithName("DaftarBerita");
        group.MapGet("/{slug}", GetBySlugAsync).WithName("DetailBerita");
        return group;
    }

    public static async Task<Results<Ok<BeritaPage>, ValidationProblem>> GetPageAsync(
        PublicArticles articles, IOptions<SiteOptions> site, CancellationToken ct, int page = 1, int pageSize = 10)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["page harus 1 atau lebih."];
        }

        if (pageSize is < 1 or > PublicArticles.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize harus antara 1 dan {PublicArticles.MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Parameter tidak valid.");
        }

        var (items, total) = await articles.PageAsync(page, pageSize, ct);
        return TypedResults.Ok(new BeritaPage(
            [.. items.Select(a => new BeritaItem(a.Id, a.Slug, a.Title, a.Summary, a.CategoryName, Common.IndonesianTime.ToWib(a.PublishedAt), site.Value.ArticleUrl(a.Slug)))],
            total,
            page,
            pageSize));
    }

    public static async Task<Results<Ok<BeritaDetail>, ProblemHttpResult>> GetBySlugAsync(
        string slug, PublicArticles articles, IOptions<SiteOptions> site, CancellationToken ct)
    {
        var a = await articles.BySlugAsync(slug, ct);
        if (a is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Berita tidak ditemukan.",
                detail: $"Tidak ada berita terbit dengan alamat \"{slug}\".");
        }

        return TypedResults.Ok(new BeritaDetail(
            a.Id, a.Slug, a.Title, a.Summary, a.CategoryName,
            Common.IndonesianTime.ToWib(a.PublishedAt), Common.IndonesianTime.ToWib(a.UpdatedAt),
            site.Value.ArticleUrl(a.Slug), a.Body, a.ActivityDate, a.ActivityPlace));
    }
}
