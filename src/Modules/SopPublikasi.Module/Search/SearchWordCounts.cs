using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Search;

/// <summary>How many indexed articles hold each search word (as a prefix): the document counts of the ranking on SQLite.</summary>
/// <remarks>
/// Counting a common word's rows walks most of the index (3 ms at 100,000 articles); the counts change only when
/// published content changes, and are dropped then with the other published-content memos.
/// </remarks>
public sealed class SearchWordCounts : PublishedMemo<string, long>;
