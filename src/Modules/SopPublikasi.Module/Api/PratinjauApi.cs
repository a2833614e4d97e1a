using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Pratinjau;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Api;

/// <summary>The preview of a version and the preview links, as the item page offers them.</summary>
public static class PratinjauApi
{
    public sealed record PratinjauView(
        Guid MateriId, int Versi, DateTimeOffset Disimpan, string Judul, string Ringkasan, string Isi, string Kategori,
        DateOnly? TanggalKegiatan, string? LokasiKegiatan, BeritaEndpoints.FotoView? Foto, IReadOnlyList<ArtikelView.Attachment> Lampiran,
        string Url);

    public sealed record TautanPratinjauView(
        Guid Id, int Versi, string Status, string DibuatOleh, DateTimeOffset Dibuat, DateTimeOffset BerlakuHingga,
        string? DicabutOleh, DateTimeOffset? Dicabut, string? Url)
    {
        public static TautanPratinjauView From(PreviewLink l, DateTimeOffset now, string? url = null)
        {
            ArgumentNullException.ThrowIfNull(l);
            return new(l.Id, l.VersionNumber, l.RevokedAt is not null ? "dicabut" : now < l.ExpiresAt ? "berlaku" : "kedaluwarsa",
                l.CreatedByName, IndonesianTime.ToWib(l.CreatedAt), IndonesianTime.ToWib(l.ExpiresAt), l.RevokedByName,
                l.RevokedAt is { } r ? IndonesianTime.ToWib(r) : null, url);
        }
    }

    public static void MapPratinjauApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/materi/{id:guid}/pratinjau", GetPreviewAsync).WithName("PratinjauMateri").WithTags("Pratinjau")
            .WithSummary("Satu versi materi (terakhir, atau ?versi=) seperti akan tampil di /berita/{slug}; untuk semua yang boleh melihat materinya. Tidak untuk diindeks.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/materi/{id:guid}/tautan-pratinjau", ListLinksAsync).WithName("DaftarTautanPratinjau").WithTags("Pratinjau")
            .WithSummary("Tautan pratinjau materi ini: siapa membuat, kapan berakhir, siapa mencabut.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/materi/{id:guid}/tautan-pratinjau", CreateLinkAsync).WithName("BuatTautanPratinjau").WithTags("Pratinjau")
            .WithSummary("Membuat tautan pratinjau versi terakhir untuk orang tanpa akun (berlaku Pratinjau:LinkLifetime, bawaan 72 jam). Alamatnya hanya diberikan sekali.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/materi/{id:guid}/tautan-pratinjau/{tautanId:guid}", GetLinkAsync).WithName("TautanPratinjau").WithTags("Pratinjau")
            .WithSummary("Satu tautan pratinjau (alamat yang dibuat POST): siapa membuat, kapan berakhir, siapa mencabut; alamat tautannya sendiri tidak diberikan lagi.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/materi/{id:guid}/tautan-pratinjau/{tautanId:guid}", RevokeLinkAsync).WithName("CabutTautanPratinjau").WithTags("Pratinjau")
            .WithSummary("Mencabut tautan pratinjau; tautan itu lalu dijawab 410.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<PratinjauView>, ProblemHttpResult>> GetPreviewAsync(
        Guid id, int? versi, ClaimsPrincipal user, ActorResolver actors, MateriService service, SopDbContext db, PreviewRenderer renderer,
        HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        PreviewHeaders.Apply(response);
        try
        {
            var materi = await service.LoadAsync(id, (await actors.FromPrincipalAsync(user))!, ct);
            var number = versi ?? materi.LatestVersion;
            var version = await db.MateriVersions.AsNoTracking().FirstOrDefaultAsync(v => v.MateriId == id && v.Number == number, ct)
                ?? throw new NotFoundException(materi.LatestVersion == 0 ? "Belum ada draf untuk dipratinjau." : $"Versi {number} tidak ada.");
            var view = await renderer.RenderAsync(materi, version, null, null, ct);
            var a = view.Article;
            return TypedResults.Ok(new PratinjauView(
                id, version.Number, IndonesianTime.ToWib(version.CreatedAt), a.Title, a.Summary, a.Body, a.CategoryName, a.ActivityDate,
                a.ActivityPlace, view.Cover, view.Attachments, $"/admin/materi/{id}/pratinjau?versi={version.Number}"));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<TautanPratinjauView[]>, ProblemHttpResult>> ListLinksAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, PreviewLinks links, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            await service.EnsureVisibleAsync(id, (await actors.FromPrincipalAsync(user))!, ct);
            var now = clock.GetUtcNow();
            return TypedResults.Ok((await links.ForAsync(id, ct)).Select(l => TautanPratinjauView.From(l, now)).ToArray());
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<TautanPratinjauView>, ProblemHttpResult>> GetLinkAsync(
        Guid id, Guid tautanId, ClaimsPrincipal user, ActorResolver actors, MateriService service, PreviewLinks links, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            await service.EnsureVisibleAsync(id, (await actors.FromPrincipalAsync(user))!, ct);
            var link = (await links.ForAsync(id, ct)).FirstOrDefault(l => l.Id == tautanId)
                ?? throw new NotFoundException("Tautan pratinjau tidak ada.");
            return TypedResults.Ok(TautanPratinjauView.From(link, clock.GetUtcNow()));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Created<TautanPratinjauView>, ProblemHttpResult>> CreateLinkAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, PreviewLinks links, IOptions<SiteOptions> site,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            var actor = (await actors.FromPrincipalAsync(user))!;
            var materi = await service.LoadAsync(id, actor, ct);
            var (link, token) = await links.CreateAsync(materi, actor, ct);
            return TypedResults.Created(
                $"/api/v1/materi/{id}/tautan-pratinjau/{link.Id}",
                TautanPratinjauView.From(link, clock.GetUtcNow(), site.Value.AbsoluteUrl(PreviewLinks.Path(token))));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeLinkAsync(
        Guid id, Guid tautanId, ClaimsPrincipal user, ActorResolver actors, MateriService service, PreviewLinks links, CancellationToken ct)
    {
        try
        {
            var actor = (await actors.FromPrincipalAsync(user))!;
            await service.EnsureVisibleAsync(id, actor, ct);
            await links.RevokeAsync(id, tautanId, actor, ct);
            return TypedResults.NoContent();
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }
}
