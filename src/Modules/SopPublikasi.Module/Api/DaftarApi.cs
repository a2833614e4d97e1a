using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Api;

/// <summary>
/// What a client needs besides one item to act as the admin does: the list of every item with the admin's filters,
/// whom it may assign at step 4, and the classification values.
/// </summary>
public static class DaftarApi
{
    public sealed record DaftarMateriView(IReadOnlyList<MateriRingkasView> Items, int Total, int Page, int PageSize);

    public sealed record MateriRingkasView(
        Guid Id, string NomorAgenda, string Perihal, string Judul, string Tahap, string TahapNama, int? LangkahSop,
        string? PetugasId, string? Petugas, int? KategoriId, string? Kategori, string? Klasifikasi, DateTimeOffset Dibuat,
        DateTimeOffset SejakTahap, DateTimeOffset? TerbitPertama, string Url);

    public sealed record PetugasView(string Id, string Nama);

    public sealed record KlasifikasiView(string Kunci, string Nama, bool BolehTerbit);

    public static void MapDaftarApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/materi", ListAsync).WithName("DaftarMateri").WithTags("Alur kerja")
            .WithSummary("Semua materi yang boleh dilihat pemilik token, dengan saringan dan halaman seperti /admin/materi. Nilai saringan yang salah dijawab 400 dengan errors.")
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("q", s => s.MaxLength = 200);
                operation.Limit("tahap", s => s.Enum = OpenApiDescriptions.Enum(Enum.GetNames<WorkflowState>()));
                operation.Limit("langkah", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", "8"));
                operation.Limit("kategori", s => s.MaxLength = 200);
                operation.Limit("klasifikasi", s => s.Enum = OpenApiDescriptions.Enum([.. KlasifikasiParser.Keys.Select(k => k.Key)]));
                operation.Limit("dari", s => s.Format = "date");
                operation.Limit("sampai", s => s.Format = "date");
                operation.Limit("urut", s => s.Enum = OpenApiDescriptions.Enum([.. Enum.GetNames<MateriSort>().Select(n => n.ToLowerInvariant())]));
                operation.Limit("page", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", "100000"));
                operation.Limit("pageSize", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", OpenApiDescriptions.Number(MateriFilter.MaxPageSize)));
                return Task.CompletedTask;
            });
        api.MapGet("/materi/{id:guid}/petugas", AssigneesAsync).WithName("DaftarPetugas").WithTags("Alur kerja")
            .WithSummary("Staf Sekretariat yang boleh ditugaskan pemilik token pada materi ini (langkah 4): id untuk petugasId dan nama. Kosong bila aksi penugasan tidak tersedia baginya.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/klasifikasi", Classifications).WithName("DaftarKlasifikasi").WithTags("Alur kerja")
            .WithSummary("Kategori informasi Perki 1/2021: kunci untuk klasifikasi (aksi setujui) dan saringan daftar.");
    }

    public static async Task<Results<Ok<DaftarMateriView>, ProblemHttpResult>> ListAsync(
        HttpRequest request, ClaimsPrincipal user, ActorResolver actors, MateriList list,
        [Description("Kata dalam nomor agenda, perihal, atau judul.")] string? q = null,
        [Description("Kode tahap, mis. Penyusunan atau Terbit (GET /api/v1/alur).")] string? tahap = null,
        [Description("Langkah SOP yang ditunggu (1-8).")] string? langkah = null,
        [Description("Kategori versi terakhir: slug atau id-nya (GET /api/v1/kategori). Slug yang tidak ada: daftar kosong.")] string? kategori = null,
        [Description("berkala, serta-merta, setiap-saat, dikecualikan.")] string? klasifikasi = null,
        [Description("Dibuat sejak tanggal ini (yyyy-MM-dd, WIB).")] string? dari = null,
        [Description("Dibuat sampai tanggal ini (yyyy-MM-dd, WIB).")] string? sampai = null,
        [Description("Id orang: petugas yang ditugaskan atau penulis versi mana pun.")] string? orang = null,
        [Description("terbaru (bawaan), terlama, diperbarui, judul.")] string? urut = null,
        [Description("Halaman, mulai 1.")] string? page = null,
        [Description("Banyak baris per halaman, 1-100 (bawaan 20).")] string? pageSize = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(list);
        var filter = MateriFilter.Parse(key => request.Query[key].ToString(), out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Saringan tidak valid.");
        }

        var result = await list.PageAsync(filter, (await actors.FromPrincipalAsync(user))!, ct);
        return TypedResults.Ok(new DaftarMateriView(
            [
                .. result.Items.Select(r => new MateriRingkasView(
                    r.Id, r.NomorAgenda, r.Perihal, r.Judul, r.State.ToString(), r.StateName, r.Langkah, r.AssigneeId, r.AssigneeName,
                    r.KategoriId, r.KategoriNama, r.Klasifikasi?.Key(), IndonesianTime.ToWib(r.CreatedAt), IndonesianTime.ToWib(r.StateSince),
                    r.FirstPublishedAt is { } p ? IndonesianTime.ToWib(p) : null, $"{ApiRoutes.V1}/materi/{r.Id}")),
            ],
            result.Total,
            result.Page,
            result.PageSize));
    }

    public static async Task<Results<Ok<PetugasView[]>, ProblemHttpResult>> AssigneesAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, WorkflowLoader loader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(loader);
        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            var materi = await service.LoadAsync(id, actor, ct);
            var definition = await loader.LoadDefinitionAsync(ct);
            var actions = materi.AvailableTo(definition.Machine, actor, await service.AuthorsAsync(id, ct));
            if (!actions.Any(a => a.Rules.HasFlag(TransitionRules.Assign)))
            {
                return TypedResults.Ok(Array.Empty<PetugasView>());
            }

            var staff = await actors.InRoleAsync(SopRoles.StafSekretariat);
            return TypedResults.Ok(staff.Select(u => new PetugasView(u.Id, u.FullName)).ToArray());
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static Ok<KlasifikasiView[]> Classifications() =>
        TypedResults.Ok(KlasifikasiParser.Keys.Select(k => new KlasifikasiView(k.Key, k.Value.Label(), ((KategoriInformasi?)k.Value).IsPublishable())).ToArray());
}
