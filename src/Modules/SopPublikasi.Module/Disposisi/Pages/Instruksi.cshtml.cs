using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Disposisi.Pages;

/// <summary>
/// The options of the Lembar Disposisi's instruction checklist ("Dengan hormat harap …"): rename, reorder,
/// retire, add. Sheets already given keep the text that was ticked on them.
/// </summary>
[RequirePermission(CorePermissions.KelolaPengaturanName)]
public sealed class InstruksiModel(InstruksiDisposisiStore store) : AdministratorPageModel
{
    public const int MaxLength = 200;

    public sealed class Item
    {
        public int Id { get; set; }

        public string? Teks { get; set; }

        public string? Urutan { get; set; }

        public bool Aktif { get; set; }
    }

    [BindProperty]
    public List<Item> Items { get; set; } = [];

    [BindProperty]
    public string? Baru { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = [.. (await store.AllAsync(ct))
            .Select(i => new Item { Id = i.Id, Teks = i.Text, Urutan = i.Order.ToString(Common.IndonesianTime.Culture), Aktif = i.Active })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var stored = (await store.AllAsync(ct)).ToDictionary(i => i.Id);
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var orders = new Dictionary<int, int>();
        for (var n = 0; n < Items.Count; n++)
        {
            var item = Items[n];
            var text = item.Teks?.Trim() ?? string.Empty;
            if (!stored.ContainsKey(item.Id))
            {
                ModelState.AddModelError(string.Empty, "Daftar instruksi berubah sejak halaman dibuka; muat ulang halaman.");
                continue;
            }

            if (text.Length == 0)
            {
                ModelState.AddModelError($"Items[{n}].Teks", "Teks instruksi wajib diisi (nonaktifkan bila tidak dipakai lagi).");
            }
            else if (text.Length > MaxLength)
            {
                ModelState.AddModelError($"Items[{n}].Teks", $"Paling panjang {MaxLength} karakter.");
            }
            else if (!texts.Add(text))
            {
                ModelState.AddModelError($"Items[{n}].Teks", "Instruksi ini sudah ada.");
            }

            if (!int.TryParse(item.Urutan?.Trim(), System.Globalization.NumberStyles.None, Common.IndonesianTime.Culture, out var order) || order > 10_000)
            {
                ModelState.Remove($"Items[{n}].Urutan");
                ModelState.AddModelError($"Items[{n}].Urutan", "Urutan berupa bilangan bulat 0 sampai 10000.");
            }
            else
            {
                orders[item.Id] = order;
            }
        }

        var baru = Baru?.Trim();
        if (!string.IsNullOrEmpty(baru))
        {
            if (baru.Length > MaxLength)
            {
                ModelState.AddModelError(nameof(Baru), $"Paling panjang {MaxLength} karakter.");
            }
            else if (!texts.Add(baru) || stored.Values.Any(s => !Items.Any(i => i.Id == s.Id) && string.Equals(s.Text, baru, StringComparison.OrdinalIgnoreCase)))
            {
                ModelState.AddModelError(nameof(Baru), "Instruksi ini sudah ada.");
            }
        }

        if (ModelState.IsValid && !Items.Any(i => i.Aktif) && string.IsNullOrEmpty(baru))
        {
            ModelState.AddModelError(string.Empty, "Sedikitnya satu instruksi harus aktif.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await store.SaveAsync([.. Items.Select(i => (i.Id, i.Teks!.Trim(), orders[i.Id], i.Aktif))], baru, ct);
        TempData["Pesan"] = "Instruksi disposisi disimpan." + (string.IsNullOrEmpty(baru) ? string.Empty : $" Ditambahkan: \"{baru}\".");
        return RedirectToPage();
    }
}
