using Microsoft.AspNetCore.Mvc;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security.Pages;

namespace SopPublikasi.Module.Pustaka.Pages;

/// <summary>The media library: a grid of thumbnails, search, filters, paging, and each photo's caption and credit.</summary>
public sealed class PustakaModel(MediaLibrary library) : AdminPageModel
{
    public MediaSearch Search { get; private set; } = new();

    public LibraryPage Result { get; private set; } = new([], 0, 1, MediaSearch.DefaultPageSize);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The photo whose caption was just saved.</summary>
    public Guid? Saved { get; private set; }

    public string? Value(string key) => Request.Query[key].ToString() is { Length: > 0 } v ? v : null;

    public static string Thumbnail(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).FirstOrDefault() is { } small
            ? small.Url(file.Id)
            : MediaUrls.Of(file.Id);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = MediaSearch.Parse(key => Request.Query[key].ToString(), out var errors);
        Errors = errors;
        Result = await library.SearchAsync(Search, await CurrentActorAsync(), ct);
        if (Guid.TryParse(Request.Query["tersimpan"], out var saved))
        {
            Saved = saved;
        }
    }

    public async Task<IActionResult> OnPostKeteranganAsync(Guid id, string? keterangan, string? kredit, string? kembali, CancellationToken ct)
    {
        try
        {
            if (await library.DescribeAsync(id, keterangan, kredit, await CurrentActorAsync(), ct) is null)
            {
                return NotFound();
            }
        }
        catch (InputException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var m in messages)
                {
                    ModelState.AddModelError(field, m);
                }
            }

            await OnGetAsync(ct);
            return Page();
        }

        // Back to the same page of the same search, with the saved photo marked.
        var back = kembali is { Length: > 0 } && kembali.StartsWith('?') ? kembali : string.Empty;
        var separator = back.Length > 0 ? "&" : "?";
        return LocalRedirect($"{Url.Page("/Pustaka/Pages/Pustaka")}{back}{separator}tersimpan={id}#foto-{id}");
    }
}
