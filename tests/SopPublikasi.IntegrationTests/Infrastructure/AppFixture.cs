namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>One booted app per test class, with the test accounts in place.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public SopAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // boots the host: migrations and seeding run here
        await Factory.SeedUsersAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Task<Browser> SignInAsync(string userName) => Browser.SignInAsync(Factory, userName);

    public Browser Anonymous() => new(Factory);
}
