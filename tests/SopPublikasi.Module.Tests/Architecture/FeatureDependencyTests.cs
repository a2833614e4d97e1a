namespace SopPublikasi.Module.Tests.Architecture;

/// <summary>
/// The features form a DAG around the core: no two features depend on each other (directly or around a cycle),
/// the core depends on no feature, each layer of the core depends only on the layers below it
/// (<see cref="FeatureGraph.CoreLayers"/>), and Common, below the core, on nothing. A new reaction to publication is a
/// handler in its feature, not a call from the core. Edges come from the compiled module (every use of a type) and from
/// the source's using lines (which also show a use of a constant, compiled into the caller).
/// </summary>
public class FeatureDependencyTests
{
    /// <summary>The edges of the compiled module and those of the source's using lines, together.</summary>
    private static readonly Lazy<IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>>> Edges = new(() =>
    {
        var compiled = FeatureGraph.Edges(FeatureGraph.Module);
        var source = FeatureGraph.SourceEdges();
        return compiled.Keys.Union(source.Keys).ToDictionary(
            e => e,
            e => (IReadOnlyList<string>)[.. compiled.GetValueOrDefault(e) ?? [], .. (source.GetValueOrDefault(e) ?? []).Select(f => "using in " + f)]);
    });

    [Fact]
    public void Features_DependOnEachOtherWithoutCycles()
    {
        var cycles = FeatureGraph.Cycles(Edges.Value.Keys);

        Assert.True(cycles.Count == 0, "Features in a dependency cycle:\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" ↔ ", c) + ": " + string.Join("; ", Edges.Value.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To))
                .Select(e => $"{e.Key.From} → {e.Key.To} ({string.Join(", ", e.Value)})")))));
    }

    [Fact]
    public void Core_DependsOnNoFeature()
    {
        var fromCore = Edges.Value.Where(e => FeatureGraph.IsCore(e.Key.From) && !FeatureGraph.IsCore(e.Key.To) && e.Key.To != FeatureGraph.Common).ToList();

        Assert.True(fromCore.Count == 0, "The core depends on features:\n" + string.Join("\n", fromCore.Select(e => $"{e.Key.From} → {e.Key.To} ({string.Join(", ", e.Value)})")));
    }

    [Fact]
    public void CoreLayers_DependOnlyOnTheLayersBelowThem()
    {
        var upward = FeatureGraph.Upward(Edges.Value.Keys, FeatureGraph.CoreLayers);

        Assert.True(upward.Count == 0, $"A core layer depends on a layer above it (layers from the bottom: {string.Join(" < ", FeatureGraph.CoreLayers)}):\n"
            + string.Join("\n", upward.Select(e => $"{e.From} → {e.To}:\n  " + string.Join("\n  ", FeatureGraph.Uses(FeatureGraph.Module, e.From, e.To)))));
    }

    [Theory]
    [InlineData("A>B", "A B C", "A>B")]
    [InlineData("B>A C>A C>B", "A B C", "")]
    [InlineData("A>C B>C C>B", "A B C", "A>C B>C")]
    [InlineData("A>X X>A B>A", "A B", "")] // X is not a layer: the feature rules, not this one, judge its edges
    public void Upward_FindsEveryEdgeToAHigherLayer(string edges, string layers, string expected)
    {
        var parsed = edges.Split(' ').Select(e => e.Split('>')).Select(p => (p[0], p[1]));

        var upward = FeatureGraph.Upward(parsed, layers.Split(' '));

        Assert.Equal(expected, string.Join(" ", upward.Select(e => $"{e.From}>{e.To}")));
    }

    [Fact]
    public void Common_DependsOnNoOtherFolder()
    {
        var fromCommon = Edges.Value.Where(e => e.Key.From == FeatureGraph.Common).ToList();

        Assert.True(fromCommon.Count == 0, "Common depends on:\n" + string.Join("\n", fromCommon.Select(e => $"Common → {e.Key.To} ({string.Join(", ", e.Value)})")));
    }

    [Fact]
    public void Slices_AreOneFolderEach_AndEveryCoreLayerIsAFolder()
    {
        Assert.All(FeatureGraph.CoreLayers, layer => Assert.Contains(layer, FeatureGraph.Slices.Keys)); // a renamed folder cannot drop out of the rules
        Assert.Equal(FeatureGraph.CoreLayers.Count, FeatureGraph.CoreLayers.Distinct().Count());
        Assert.DoesNotContain(FeatureGraph.Common, FeatureGraph.CoreLayers);
        Assert.Contains("CrossPosting", FeatureGraph.Slices.Keys);
        Assert.Contains("Admin", FeatureGraph.Slices.Keys);
        Assert.DoesNotContain("Pages", FeatureGraph.Slices.Keys); // pages live in their features, not in a layer of their own
        Assert.All(FeatureGraph.Slices, s => Assert.Equal([s.Key], s.Value));
    }

    [Fact]
    public void Graph_SeesTheModulesKnownEdges()
    {
        // The checker itself: edges that must exist are found (an empty graph would pass every rule above).
        Assert.Contains(("CrossPosting", "Materi"), Edges.Value.Keys);
        Assert.Contains(("Publik", "Materi"), Edges.Value.Keys);
        Assert.Contains(("Materi", FeatureGraph.Common), Edges.Value.Keys);
        Assert.Contains(("Admin", "Materi"), Edges.Value.Keys);
        Assert.Contains(("Admin", "CrossPosting"), Edges.Value.Keys); // the item page shows the cross-post previews
        Assert.Contains(("Materi", "Workflow"), Edges.Value.Keys); // the aggregate moves through the SOP's machine
        Assert.Contains(("Workflow", "Security"), Edges.Value.Keys); // the machine is guarded by the actor's roles
        Assert.Contains(("Disposisi", "Materi"), Edges.Value.Keys); // step 1 makes a new aggregate
        Assert.Contains(("Security", "Identity"), Edges.Value.Keys); // grants are given to Identity's roles
    }

    [Fact]
    public void RazorViews_AreCheckedInTheirFeaturesSlice()
    {
        // The root _ViewImports sets @namespace SopPublikasi.Module, so a view compiles into the namespace of its
        // folder (Materi/Pages/Sunting.cshtml: SopPublikasi.Module.Materi.Pages) and what it uses counts for its feature.
        var views = FeatureGraph.Module.GetTypes().Where(t => t.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.Razor.RazorPageBase))).ToList();

        Assert.NotEmpty(views);
        Assert.All(views, v => Assert.True(FeatureGraph.FolderOf(v.Namespace) is not null || v.Name is "_ViewStart" or "_ViewImports", v.FullName)); // the two at the root
        Assert.Contains(views, v => v.Namespace == "SopPublikasi.Module.Materi.Pages");
        Assert.Contains(views, v => v.Namespace == "SopPublikasi.Module.Site.Pages.Shared");
    }

    [Fact]
    public void SourceEdges_SeeUsingLines()
    {
        // The reader itself: a using line of a .cs file and of a view make edges (an empty result would pass every rule).
        var source = FeatureGraph.SourceEdges();

        Assert.Contains(("Publik", "Site"), source.Keys); // using SopPublikasi.Module.Site; in PublicCacheOnSiteSettings.cs
        Assert.Contains(("Search", "Materi"), source.Keys);
        Assert.DoesNotContain(source.Keys, e => e.From is "bin" or "obj");
    }

    [Theory]
    [InlineData("A>B B>A", "A B")]
    [InlineData("A>B B>C C>A D>A", "A B C")]
    [InlineData("A>B B>C A>C", "")]
    [InlineData("A>B B>A C>D D>C", "A B|C D")]
    public void Cycles_FindsEveryStronglyConnectedGroup(string edges, string expected)
    {
        var parsed = edges.Split(' ').Select(e => e.Split('>')).Select(p => (p[0], p[1]));

        var cycles = FeatureGraph.Cycles(parsed);

        Assert.Equal(expected, string.Join("|", cycles.Select(c => string.Join(" ", c)).Order(StringComparer.Ordinal)));
    }
}
