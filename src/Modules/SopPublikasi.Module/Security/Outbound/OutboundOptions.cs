namespace SopPublikasi.Module.Security.Outbound;

/// <summary>"Security" section: where the server may send requests of its own (webhooks, social networks).</summary>
public sealed class OutboundOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Whether webhook and channel addresses may point into private, loopback or link-local networks. Off: such a
    /// target would let whoever configures an address reach the server's own network (the cloud metadata service at
    /// 169.254.169.254, a database on 127.0.0.1). On only where the fakes of the tests or an intranet service need it.
    /// </summary>
    public bool AllowPrivateNetworkTargets { get; set; }
}
