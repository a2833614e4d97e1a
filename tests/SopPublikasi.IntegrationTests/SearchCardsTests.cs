using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The search page's cards are the cards the lists show, field
/// by field, in the order asked, without ids that are unknown or not published.
/// </summary>
public sealed class SearchCardsTests : IDisposable
{
    private readonly SopAppFactory _factory = new() { Environment = "Development" };

    public SearchCardsTests() => _factory.Settings["Demo:Enabled"] = "true";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ByIds_SameCardsAsTheList_InTheOrderAsked_OthersLeftOut()
    {
        _ = _factory.Server; // demo data: three published articles and items still in the SOP
        var unpublished = _factory.WithDb(db => db.Materi.First(m => m.PublishedVersionId == null).Id);
        // One article updated after it was first published: its two dates differ.
        var (updated, published) = _factory.WithDb(db => db.Materi.Where(m => m.PublishedVersionId != null).Select(m => new { m.Id, m.FirstPublishedAt }).AsEnumerable()
            .Select(m => (m.Id, m.FirstPublishedAt!.Value)).First());
        DateTimeOffset? later = published.AddHours(5);
        _factory.WithDb(db => db.Materi.Where(m => m.Id == updated).ExecuteUpdate(s => s.SetProperty(m => m.LastPublishedAt, later)));
        using var scope = _factory.Services.CreateScope();
        var articles = scope.ServiceProvider.GetRequiredService<PublicArticles>();
        var list = await articles.NewestCardsAsync(0, 0, 12, CancellationToken.None);
        Assert.Equal(3, list.Count);
        Assert.All(list, a => Assert.True(a.ActivityDate is not null && a.ActivityPlace is not null && a.KategoriInformasi is not null));
        Assert.Single(list, a => a.UpdatedAt != a.PublishedAt);
        Assert.Contains(list, a => a.CoverImageId is not null && a.CoverImageAlt is not null); // the cards show their cover

        var cards = await articles.ByIdsAsync([list[2].Id, Guid.NewGuid(), list[0].Id, unpublished, list[1].Id], CancellationToken.None);

        Assert.Equal([list[2], list[0], list[1]], cards);
        Assert.Equal([list[2].PublishedAt.Offset, list[0].UpdatedAt.Offset], [cards[0].PublishedAt.Offset, cards[1].UpdatedAt.Offset]);
        Assert.Empty(await articles.ByIdsAsync([], CancellationToken.None));
    }
}
