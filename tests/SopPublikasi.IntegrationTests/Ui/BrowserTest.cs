namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// A browser test on a <see cref="LiveSite"/>: every page it loaded at a phone's width was measured, and the test fails
/// at its end, naming the addresses, when one was wider than the screen (a phone would scroll sideways), whether or
/// not the test checked that page itself. The tests of one fixture run one after another, so what the site recorded
/// since the last test's end is this test's.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected abstract LiveSite Site { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        var overflowed = await Site.TakeOverflowedPagesAsync(_ => true);
        Assert.True(overflowed.Count == 0, "Pages wider than a phone's screen (sideways scroll) when they loaded:\n" + string.Join("\n", overflowed));
    }
}
