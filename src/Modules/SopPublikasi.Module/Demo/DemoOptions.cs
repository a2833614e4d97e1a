namespace SopPublikasi.Module.Demo;

/// <summary>"Demo" section. Demo accounts and articles are created only in Development, on SQLite, when enabled.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo account (documented in the README).</summary>
    public string Password { get; set; } = "Demo#2026sop";
}
