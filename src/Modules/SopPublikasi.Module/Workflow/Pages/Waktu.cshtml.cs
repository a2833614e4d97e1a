using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Workflow.Pages;

/// <summary>
/// The SOP's Waktu column: working days allowed per step. Due times are computed from the stored value whenever
/// they are shown, so a change applies to every due time from then on; it outranks Workflow:StepWorkingDays.
/// </summary>
[RequirePermission(CorePermissions.KelolaPengaturanName)]
public sealed class WaktuModel(StepDurations durations) : AdministratorPageModel
{
    public const int MaxDays = 60;

    /// <summary>Working days by step number, as typed (text, so that a wrong entry is shown back beside its field).</summary>
    [BindProperty]
    public Dictionary<int, string> Hari { get; set; } = [];

    public IReadOnlyList<SopStep> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Hari = Steps.ToDictionary(s => s.Number, s => s.WorkingDaysAllowed.ToString(Common.IndonesianTime.Culture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var values = new Dictionary<int, int>();
        foreach (var step in Steps)
        {
            var key = $"Hari[{step.Number}]";
            ModelState.Remove(key);
            if (!Hari.TryGetValue(step.Number, out var text) || !int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, Common.IndonesianTime.Culture, out var days))
            {
                ModelState.AddModelError(key, "Isi dengan bilangan bulat hari kerja (0 sampai 60).");
            }
            else if (days > MaxDays)
            {
                ModelState.AddModelError(key, $"Paling lama {MaxDays} hari kerja.");
            }
            else
            {
                values[step.Number] = days;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = await CurrentActorAsync();
        var changed = await durations.SaveAsync(values, actor.Name, ct);
        TempData["Pesan"] = changed.Count == 0 ? "Tidak ada perubahan." : "Waktu disimpan (" + string.Join("; ", changed) + "). Batas waktu dihitung dengan nilai baru mulai sekarang.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Steps = await durations.StepsAsync(ct);
}
