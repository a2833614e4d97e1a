using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Api;

/// <summary>The SOP driven without the admin: the same services, rules and history as the admin pages.</summary>
public static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/disposisi", CreateDisposisiAsync).WithName("BuatDisposisi").WithTags("Alur kerja").WithIdempotencyKey()
            .WithSummary("Langkah 1: PPID Pembantu memberi disposisi.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/tugas", GetTasksAsync).WithName("TugasSaya").WithTags("Alur kerja")
            .WithSummary("Materi yang menunggu tindakan pemilik token, yang terlambat lebih dulu.");
        api.MapGet("/materi/{id:guid}", GetMateriAsync).WithName("DetailMateri").WithTags("Alur kerja")
            .WithSummary("Draf terakhir, disposisi, riwayat, dan aksi yang tersedia. ETag = nomor versi draf.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/materi/{id:guid}", SaveDraftAsync).WithName("SimpanDraf").WithTags("Alur kerja")
            .WithSummary("Menyimpan versi draf baru. Wajib If-Match berisi ETag versi yang disunting; versi basi dijawab 412.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/materi/{id:guid}/transisi", TransitionAsync).WithName("Transisi").WithTags("Alur kerja").WithIdempotencyKey()
            .WithSummary("Mengambil satu langkah SOP (aksi dari GET /api/v1/alur).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/materi/{id:guid}/crosspost", GetCrossPostsAsync).WithName("StatusCrossPost").WithTags("Alur kerja")
            .WithSummary("Status kiriman media sosial per kanal.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/alur", GetWorkflowAsync).WithName("Alur").WithTags("Alur kerja")
            .WithSummary("Definisi alur SOP sebagai data: langkah (dengan Waktu), tahap, dan transisi.");
    }

    public static async Task<Results<Created<MateriView>, ProblemHttpResult>> CreateDisposisiAsync(
        DisposisiInput input, ClaimsPrincipal user, ActorResolver actors, DisposisiService service, Context context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ApiProblems.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            var materi = await service.CreateAsync(input, null, actor, ct);
            return TypedResults.Created($"/api/v1/materi/{materi.Id}", await context.ViewAsync(materi.Id, actor, ct));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Ok<TugasView[]>> GetTasksAsync(ClaimsPrincipal user, ActorResolver actors, TaskQueries tasks, CancellationToken ct)
    {
        var actor = (await actors.FromPrincipalAsync(user))!;
        var items = await tasks.InFlightAsync(actor, ct);
        return TypedResults.Ok(items.Where(w => w.MyActions.Count > 0).Select(TugasView.From).ToArray());
    }

    public static async Task<Results<Ok<MateriView>, ProblemHttpResult>> GetMateriAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, Context context, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            var view = await context.ViewAsync(id, (await actors.FromPrincipalAsync(user))!, ct);
            response.Headers.ETag = ETagOf(view.Versi);
            response.Headers.CacheControl = "private, no-cache";
            return TypedResults.Ok(view);
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<MateriView>, ProblemHttpResult>> SaveDraftAsync(
        Guid id, DraftInput input, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, ActorResolver actors,
        MateriService service, Context context, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (await HiddenAsync(service, id, actor, ct) is { } hidden)
        {
            return hidden;
        }

        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "Header If-Match wajib.",
                "Kirim If-Match berisi ETag dari GET /api/v1/materi/{id}, agar perubahan orang lain tidak tertimpa.");
        }

        if (!int.TryParse(ifMatch.Trim().Trim('"'), out var baseVersion))
        {
            return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "If-Match tidak cocok dengan versi mana pun.");
        }

        if (ApiProblems.Validate(input) is { } invalid)
        {
            return invalid;
        }

        input.VersiDasar = baseVersion;
        try
        {
            await service.SaveDraftAsync(id, input, null, [], actor, ct);
            var view = await context.ViewAsync(id, actor, ct);
            response.Headers.ETag = ETagOf(view.Versi);
            return TypedResults.Ok(view);
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<MateriView>, ProblemHttpResult>> TransitionAsync(
        Guid id, TransitionInput input, ClaimsPrincipal user, ActorResolver actors, MateriService service, Context context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (await HiddenAsync(service, id, actor, ct) is { } hidden)
        {
            return hidden;
        }

        if (ApiProblems.Validate(input) is { } invalid)
        {
            return invalid;
        }

        try
        {
            await service.TransitionAsync(id, input, actor, ct);
            return TypedResults.Ok(await context.ViewAsync(id, actor, ct));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<CrossPostView[]>, ProblemHttpResult>> GetCrossPostsAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, SopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await HiddenAsync(service, id, (await actors.FromPrincipalAsync(user))!, ct) is { } hidden)
        {
            return hidden;
        }

        var rows = await db.Outbox.AsNoTracking().Where(o => o.MateriId == id).OrderBy(o => o.Channel).ToListAsync(ct);
        var removals = await db.OutboxRemovals.AsNoTracking().Where(r => r.MateriId == id).ToDictionaryAsync(r => r.OutboxId, ct);
        return TypedResults.Ok(rows.Select(o => CrossPostView.From(o, removals.GetValueOrDefault(o.Id))).ToArray());
    }

    public static async Task<Ok<AlurView>> GetWorkflowAsync(WorkflowLoader loader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return TypedResults.Ok(AlurView.From(await loader.LoadDefinitionAsync(ct)));
    }

    private static string ETagOf(int version) => $"\"{version}\"";

    /// <summary>404 for an item that does not exist or that the caller may not see (<see cref="Materi.MateriAccess"/>), before anything else is checked.</summary>
    private static async Task<ProblemHttpResult?> HiddenAsync(MateriService service, Guid id, Actor actor, CancellationToken ct)
    {
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            return null;
        }
        catch (NotFoundException ex)
        {
            return ApiProblems.From(ex);
        }
    }

    /// <summary>Loads what a view of one item needs.</summary>
    public sealed class Context(SopDbContext db, MateriService service, WorkflowLoader loader, IOptions<SiteOptions> site)
    {
        public async Task<MateriView> ViewAsync(Guid id, Actor actor, CancellationToken ct)
        {
            var materi = await service.LoadAsync(id, actor, ct);
            var latest = materi.LatestVersionId is { } latestId ? await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == latestId, ct) : null;
            var definition = await loader.LoadDefinitionAsync(ct);
            var actions = materi.AvailableTo(definition.Machine, actor, await service.AuthorsAsync(id, ct));
            return MateriView.From(materi, latest, definition, actions, site.Value.ArticleUrl(materi.Slug));
        }
    }
}
