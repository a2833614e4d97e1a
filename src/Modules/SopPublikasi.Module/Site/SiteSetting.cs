namespace SopPublikasi.Module.Site;

/// <summary>An administrator's override of one <see cref="SiteOptions"/> value (key = the option's name).</summary>
public sealed class SiteSetting
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
