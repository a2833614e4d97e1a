using System.Diagnostics;
using System.Globalization;
using System.Text;
using SopPublikasi.Module.Common;

// The sanitizer's cost at the edge of what HtmlOptions lets through, for bodies shaped to make an HTML parser and
// sanitizer work hardest: deep nesting, misnested formatting (the parser's adoption agency), formatting reopened in
// every block, many attributes and styles, and tables. Each body is as large as the bounds allow (200,000 characters,
// 50,000 elements, 100 levels); a body beyond them is refused before parsing, which the "refused" rows show.
// Prints per shape: whether it passed the bounds, the median and worst wall time of the runs, and the bytes allocated.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var cleaner = new HtmlCleaner(new HtmlOptions());
var limits = cleaner.Limits;

string Fill(string unit, int maxElementsPerUnit, string? prefix = null, string? suffix = null)
{
    var text = new StringBuilder(prefix);
    var count = Math.Min((limits.MaxLength - (prefix?.Length ?? 0) - (suffix?.Length ?? 0)) / unit.Length, (limits.MaxElements - 10) / Math.Max(1, maxElementsPerUnit));
    for (var i = 0; i < count; i++)
    {
        text.Append(unit);
    }

    return text.Append(suffix).ToString();
}

var depth = limits.MaxNestingDepth - 2;
var shapes = new (string Name, string Html)[]
{
    ("nested <b>, 98 deep, repeated", Fill(string.Concat(Enumerable.Repeat("<b>", depth)) + "x" + string.Concat(Enumerable.Repeat("</b>", depth)), depth)),
    ("nested <b> unclosed (the probe's 198 KB)", string.Concat(Enumerable.Repeat("<b>", 66_000))),
    ("misnested <b><i></b></i>", Fill("<b><i>x</b>y</i>", 2)),
    ("unclosed <a> in every paragraph", Fill("<p><a href=\"/x\">t</p>", 2)),
    ("formatting reopened in each block", Fill("<p>t</p>", 1, string.Concat(Enumerable.Repeat("<b><i><u><s><em><strong>", 10)))),
    ("flat <p> with styles", Fill("<p style=\"color:red;text-align:center;font-weight:bold\">t</p>", 1)),
    ("tables 5x5 repeated", Fill("<table><tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr></table>", 7)),
    ("lists nested 98 deep", Fill(string.Concat(Enumerable.Repeat("<ul><li>", depth / 2)) + "x" + string.Concat(Enumerable.Repeat("</li></ul>", depth / 2)), depth)),
    ("attributes, 20 per element", Fill("<span " + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"data-a{i}=\"v\"")) + ">t</span>", 1)),
    ("entities", Fill("&amp;&lt;&#x1F600;&nbsp;", 0, "<p>", "</p>")),
};

Console.WriteLine($"Sanitizer at its bounds: {limits.MaxLength:N0} characters, {limits.MaxElements:N0} elements, {limits.MaxNestingDepth} levels; {runs} runs each, Release, {Environment.ProcessorCount} cores.");
Console.WriteLine();
Console.WriteLine("| body | characters | outcome | median ms | worst ms | allocated MB |");
Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: |");
foreach (var (name, html) in shapes)
{
    _ = Measure(html); // warm-up
    var times = new List<double>();
    var outcome = string.Empty;
    long allocated = 0;
    for (var i = 0; i < runs; i++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        outcome = Measure(html);
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {html.Length:N0} | {outcome} | {times[times.Count / 2]:F1} | {times[^1]:F1} | {allocated / 1048576.0:F1} |"));
}

string Measure(string html)
{
    try
    {
        return $"cleaned ({cleaner.Clean(html).Length:N0} characters)";
    }
    catch (HtmlRefusedException)
    {
        return "refused";
    }
}
