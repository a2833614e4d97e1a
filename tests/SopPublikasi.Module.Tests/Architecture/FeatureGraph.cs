using System.Reflection;
using NetArchTest.Rules;

namespace SopPublikasi.Module.Tests.Architecture;

/// <summary>
/// The module's features as slices of its namespaces, and which slice depends on which (read from the compiled
/// assembly by NetArchTest: any type of one slice that references a type of another).
/// </summary>
public static class FeatureGraph
{
    public const string Root = "SopPublikasi.Module";

    /// <summary>
    /// Common: what everything stands on (feature start-up, the poller, retries, problem+json, Indonesian time and
    /// working days, HTML cleaning). It depends on no other folder of the module.
    /// </summary>
    public const string Common = "Common";

    /// <summary>
    /// Core: the SOP itself and the data it stands on, in layers from the bottom up. Each layer is one folder and its
    /// own slice, and depends only on <see cref="Common"/> and the layers below it:
    /// <list type="bullet">
    /// <item><c>Data</c>: the context (an <c>IdentityDbContext&lt;AppUser&gt;</c>, so the person row lives here), seeding, migrations;</item>
    /// <item><c>Identity</c>: people and roles (ASP.NET Core Identity, the SOP's role names), signing in;</item>
    /// <item><c>Media</c>: uploads, on Data alone;</item>
    /// <item><c>Security</c>: who may do what: the <c>Actor</c> (roles and the permissions granted to them), permissions as
    /// data, the admin menu and the admin pages' base classes, the pages that manage people and grants;</item>
    /// <item><c>Workflow</c>: the SOP as data and its machine, guarded by the actor's roles; history and due times;</item>
    /// <item><c>Materi</c>: the <c>MateriPublikasi</c> aggregate with its Lembar Disposisi, versions, events, access and task lists;</item>
    /// <item><c>Disposisi</c>: SOP step 1, which makes a new aggregate from a Lembar Disposisi, and its checklist.</item>
    /// </list>
    /// Every other top-level folder is a feature of its own, found in the compiled module: a new feature needs no line here.
    /// </summary>
    public static IReadOnlyList<string> CoreLayers { get; } = ["Data", "Identity", "Media", "Security", "Workflow", "Materi", "Disposisi"];

    public static Assembly Module => typeof(SopPublikasiModule).Assembly;

    /// <summary>Each slice with its top-level folders: one slice per folder ("Common", each core layer, each feature).</summary>
    public static IReadOnlyDictionary<string, string[]> Slices { get; } = Module.GetTypes()
        .Select(t => FolderOf(t.Namespace))
        .OfType<string>()
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToDictionary(folder => folder, folder => new[] { folder });

    /// <summary>Whether a slice is a layer of the core.</summary>
    public static bool IsCore(string slice) => CoreLayers.Contains(slice);

    /// <summary>
    /// The edges that go up the given layers (a layer depending on a layer above it), in the layers' order; edges
    /// with an end outside the layers are not this rule's business.
    /// </summary>
    public static IReadOnlyList<(string From, string To)> Upward(IEnumerable<(string From, string To)> edges, IReadOnlyList<string> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        return [.. edges
            .Where(e => layers.Contains(e.From) && layers.Contains(e.To) && IndexOf(layers, e.From) < IndexOf(layers, e.To))
            .OrderBy(e => IndexOf(layers, e.From))
            .ThenBy(e => IndexOf(layers, e.To))];
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The top-level folder of a namespace under the module's root, or null (the root itself, generated code).</summary>
    public static string? FolderOf(string? ns) =>
        ns is not null && ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    /// <summary>Every edge between two slices, with up to three of the types that make it.</summary>
    public static IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Edges(Assembly assembly)
    {
        var edges = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var (from, fromFolders) in Slices)
        {
            foreach (var (to, toFolders) in Slices)
            {
                if (from == to)
                {
                    continue;
                }

                var result = In(assembly, fromFolders).ShouldNot().HaveDependencyOnAny([.. toFolders.Select(f => $"{Root}.{f}")]).GetResult();
                if (!result.IsSuccessful)
                {
                    edges[(from, to)] = [.. (result.FailingTypeNames ?? []).Take(3)];
                }
            }
        }

        return edges;
    }

    /// <summary>
    /// Every edge that a using line in the module's source makes (<c>using SopPublikasi.Module.X;</c> in a .cs file,
    /// <c>@using</c> in a view), with up to three of the files. The compiled module cannot show a use of a constant
    /// (it is copied into the caller), nor an unused using; a reader of the source sees both.
    /// </summary>
    public static IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> SourceEdges()
    {
        var root = SourceRoot();
        var edges = new Dictionary<(string, string), List<string>>();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file);
            var from = relative.Split(Path.DirectorySeparatorChar)[0];
            if (from is "bin" or "obj" || from == relative)
            {
                continue; // build output, and the files at the module's root
            }

            foreach (var line in File.ReadLines(file))
            {
                var trimmed = line.Trim();
                var start = trimmed.StartsWith("using " + Root + ".", StringComparison.Ordinal) ? "using ".Length
                    : trimmed.StartsWith("@using " + Root + ".", StringComparison.Ordinal) ? "@using ".Length : -1;
                if (start >= 0 && FolderOf(trimmed[start..].TrimEnd(';')) is { } to && to != from)
                {
                    var files = edges.TryGetValue((from, to), out var known) ? known : edges[(from, to)] = [];
                    if (files.Count < 3 && !files.Contains(relative))
                    {
                        files.Add(relative);
                    }
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value);
    }

    /// <summary>The module's source folder, found from the test's output folder upwards (beside SopPublikasi.sln).</summary>
    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SopPublikasi.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Modules", "SopPublikasi.Module");
            }
        }

        throw new InvalidOperationException("SopPublikasi.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The groups of slices that depend on each other in a cycle (strongly connected, more than one member).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in next.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (stack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    /// <summary>
    /// What makes one edge, type by type: each type of <paramref name="from"/> that depends on <paramref name="to"/>,
    /// with the types of <paramref name="to"/> it uses ("Security.Pages.AdminPageModel → Workflow.WorkflowRuleException").
    /// One query per pair of types: for the message of a failing test, not for the graph.
    /// </summary>
    public static IReadOnlyList<string> Uses(Assembly assembly, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var targets = assembly.GetTypes().Where(t => FolderOf(t.Namespace) == to && !t.IsNested && t.FullName is not null).ToList();
        var users = In(assembly, Slices[from]).ShouldNot().HaveDependencyOn($"{Root}.{to}").GetResult().FailingTypes ?? [];
        var result = new List<string>();
        foreach (var user in users.Where(u => u.FullName is not null))
        {
            var used = targets
                .Where(target => !Types.InAssembly(assembly).That().ResideInNamespace(user.Namespace ?? string.Empty).And().HaveName(user.Name)
                    .ShouldNot().HaveDependencyOn(target.FullName!).GetResult().IsSuccessful)
                .Select(target => Short(target.FullName!))
                .ToList();
            result.Add($"{Short(user.FullName!)} → {(used.Count > 0 ? string.Join(", ", used) : to)}");
        }

        return result;
    }

    private static string Short(string fullName) => fullName.StartsWith(Root + ".", StringComparison.Ordinal) ? fullName[(Root.Length + 1)..] : fullName;

    private static PredicateList In(Assembly assembly, string[] folders)
    {
        var predicates = Types.InAssembly(assembly).That().ResideInNamespace($"{Root}.{folders[0]}");
        foreach (var folder in folders.Skip(1))
        {
            predicates = predicates.Or().ResideInNamespace($"{Root}.{folder}");
        }

        return predicates;
    }
}
