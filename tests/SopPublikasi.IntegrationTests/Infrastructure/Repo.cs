namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave files for people and for CI (OpenAPI document, screenshots): artifacts/ at the root.</summary>
    public static string Artifact(string name)
    {
        var path = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SopPublikasi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SopPublikasi.sln not found above " + AppContext.BaseDirectory);
    }
}
