using System.Net;
using System.Net.Sockets;

namespace SopPublikasi.Module.Security.Outbound;

/// <summary>Whether an address belongs to the public internet (not loopback, private, link-local or reserved).</summary>
public static class NetworkAddresses
{
    private static readonly (IPAddress Network, int Bits)[] NotPublic =
    [
        (IPAddress.Parse("0.0.0.0"), 8), // "this network"
        (IPAddress.Parse("10.0.0.0"), 8), // private
        (IPAddress.Parse("100.64.0.0"), 10), // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8), // loopback
        (IPAddress.Parse("169.254.0.0"), 16), // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12), // private
        (IPAddress.Parse("192.0.0.0"), 24), // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24), // documentation
        (IPAddress.Parse("192.168.0.0"), 16), // private
        (IPAddress.Parse("198.18.0.0"), 15), // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24), // documentation
        (IPAddress.Parse("203.0.113.0"), 24), // documentation
        (IPAddress.Parse("224.0.0.0"), 3), // multicast, reserved, broadcast
        (IPAddress.Parse("::"), 128), // unspecified
        (IPAddress.Parse("::1"), 128), // loopback
        (IPAddress.Parse("64:ff9b:1::"), 48), // local-use NAT64
        (IPAddress.Parse("100::"), 64), // discard
        (IPAddress.Parse("2001:db8::"), 32), // documentation
        (IPAddress.Parse("fc00::"), 7), // unique local
        (IPAddress.Parse("fe80::"), 10), // link-local
        (IPAddress.Parse("ff00::"), 8), // multicast
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return !NotPublic.Any(range => range.Network.AddressFamily == address.AddressFamily && InRange(address, range.Network, range.Bits));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Why an address typed by an administrator cannot be a target (for the field), or null. Only literal addresses
    /// and "localhost" are judged here; a name is checked where it is connected to (<see cref="GuardedConnections"/>).
    /// </summary>
    public static string? RefusalOf(Uri url, bool allowPrivate)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (allowPrivate)
        {
            return null;
        }

        var host = url.IdnHost.Trim('[', ']');
        var local = host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
        return local || (IPAddress.TryParse(host, out var ip) && !IsPublic(ip))
            ? "Alamat tujuan berada di jaringan lokal atau privat (misalnya 127.0.0.1, 10.x, 192.168.x, 169.254.x); server tidak mengirim ke sana."
            : null;
    }

    internal static bool IsIp(AddressFamily family) => family is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6;
}
