using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// Carries a new item through the SOP with the app's own services, as the demo accounts would, up to a given state
/// (the state where its item page shows the forms a browser test wants to see).
/// </summary>
public static class SopSteps
{
    private static readonly (WorkflowState Reached, string User, string Aksi)[] Moves =
    [
        (WorkflowState.DiteruskanKeSekretaris, "agendaris", "teruskan"),
        (WorkflowState.DiterimaSekretaris, "sekretaris", "terima"),
        (WorkflowState.Penyusunan, "sekretaris", "tugaskan"),
        (WorkflowState.Koreksi, "staf", "serahkan"),
        (WorkflowState.Verifikasi, "sekretaris", "ajukan-verifikasi"),
    ];

    private static int _next;

    public static async Task<Guid> ToAsync(IServiceProvider services, WorkflowState target, string title)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var actors = sp.GetRequiredService<ActorResolver>();
        async Task<Actor> As(string userName) => await actors.FromUserAsync((await users.FindByNameAsync(userName))!);
        var materi = sp.GetRequiredService<MateriService>();
        var input = new DisposisiInput
        {
            NomorAgenda = $"005/L{Interlocked.Increment(ref _next)}/2026",
            TanggalDiterima = new DateOnly(2026, 11, 23),
            AsalSurat = "PPID Pembantu Kecamatan",
            Perihal = title,
            Urgency = Urgency.Segera,
            SecurityClass = SecurityClass.Biasa,
            Instruksi = ["Untuk dipublikasikan"],
        };
        var id = (await sp.GetRequiredService<DisposisiService>().CreateAsync(input, null, await As("ppid"), CancellationToken.None)).Id;
        var staf = await As("staf");
        foreach (var (reached, user, aksi) in Moves.TakeWhile(m => m.Reached <= target))
        {
            if (aksi == "serahkan")
            {
                var draft = new DraftInput { Judul = title, Ringkasan = "Ringkasan " + title + ".", Isi = "<p>Isi berita " + title + ".</p>", KategoriId = 1, VersiDasar = 0 };
                await materi.SaveDraftAsync(id, draft, null, [], staf, CancellationToken.None);
            }

            var move = new TransitionInput { Aksi = aksi, PetugasId = aksi == "tugaskan" ? staf.Id : null };
            await materi.TransitionAsync(id, move, await As(user), CancellationToken.None);
            if (reached == target)
            {
                break;
            }
        }

        return id;
    }
}
