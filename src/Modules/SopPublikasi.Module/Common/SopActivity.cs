using System.Diagnostics;

namespace SopPublikasi.Module.Common;

/// <summary>The module's spans (one per SOP move and per background send); Operations exports them when configured.</summary>
public static class SopActivity
{
    /// <summary>Also the name of the module's Meter.</summary>
    public const string Name = "SopPublikasi";

    public static readonly ActivitySource Source = new(Name);
}
