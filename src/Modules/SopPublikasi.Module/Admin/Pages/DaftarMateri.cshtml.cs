using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security.Pages;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Admin.Pages;

/// <summary>
/// "Semua Materi": every item and published article the person may see (<see cref="MateriAccess"/>), searched,
/// filtered, sorted and paged (<see cref="MateriList"/>); cards on a phone, a table on a wider screen.
/// </summary>
public sealed class DaftarMateriModel(MateriList list, WorkflowLoader loader, SopDbContext db) : AdminPageModel
{
    public MateriFilter Filter { get; private set; } = new();

    public MateriPage Result { get; private set; } = new([], 0, 1, MateriFilter.DefaultPageSize);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public WorkflowDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Categories { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> People { get; private set; } = [];

    /// <summary>The raw query values, echoed back into the form.</summary>
    public string? Value(string key) => Request.Query[key].ToString() is { Length: > 0 } v ? v : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await CurrentActorAsync();
        Filter = MateriFilter.Parse(key => Request.Query[key].ToString(), out var errors);
        Errors = errors;
        Definition = await loader.LoadDefinitionAsync(ct);
        Result = await list.PageAsync(Filter, actor, ct);
        Categories = [.. (await db.Categories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name))];
        People = [.. (await db.Users.AsNoTracking().OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(ct)).Select(u => (u.Id, u.FullName))];
    }

    /// <summary>
    /// The address of this list with one query value changed (null removes it), for the paging links. Built as a query
    /// string, not as route values: "page" is a reserved route value in Razor Pages (the page's name), so a tag
    /// helper's <c>asp-all-route-data</c> drops it and "Berikutnya" led back to page 1.
    /// </summary>
    public string LinkWith(string key, string? value) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            Url.Page("/Admin/Pages/DaftarMateri")!, RouteWith(key, value).Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)));

    /// <summary>The query of this list with one value changed (null removes it).</summary>
    public Dictionary<string, string> RouteWith(string key, string? value)
    {
        var route = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in MateriFilter.Keys)
        {
            if (Value(k) is { } v && !Errors.ContainsKey(k))
            {
                route[k] = v;
            }
        }

        if (value is null)
        {
            route.Remove(key);
        }
        else
        {
            route[key] = value;
        }

        return route;
    }
}
