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
    /// Core: the SOP itself (workflow, the MateriPublikasi aggregate, disposisi, history, identity, access, uploads)
    /// and the data it stands on; it depends only on <see cref="Common"/>. Every other top-level folder is a feature
    /// of its own, found in the compiled module: a new feature needs no line here.
    /// </summary>
    public static IReadOnlyList<string> CoreFolders { get; } = ["Data", "Identity", "Workflow", "Materi", "Disposisi", "Security", "Media"];

    public static Assembly Module => typeof(SopPublikasiModule).Assembly;

    /// <summary>Each slice with its top-level folders: "Common", "Core" and one slice per feature folder.</summary>
    public static IReadOnlyDictionary<string, string[]> Slices { get; } = Module.GetTypes()
        .Select(t => FolderOf(t.Namespace))
        .OfType<string>()
        .Distinct()
        .GroupBy(folder => CoreFolders.Contains(folder) ? "Core" : folder)
        .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());

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
