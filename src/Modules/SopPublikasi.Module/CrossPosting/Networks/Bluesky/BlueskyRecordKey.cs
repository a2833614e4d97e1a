using System.Buffers.Binary;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// The record key of an outbox row's post: a TID (13 characters of base32-sortable over a 64-bit integer whose top
/// bit is 0, then 53 bits of microseconds since the Unix epoch, then a 10-bit clock id), derived only from the row so
/// that every attempt, in any process, names the same record. The microseconds are the row's creation time to the
/// millisecond plus 0-999 taken from its id, and the clock id is 10 more bits of its id: rows created in the same
/// millisecond (one approval, several articles) still get distinct keys.
/// </summary>
public static class BlueskyRecordKey
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";

    public static string For(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> id = stackalloc byte[16];
        message.Id.TryWriteBytes(id);
        var bits = BinaryPrimitives.ReadUInt32LittleEndian(id);
        var micros = (message.CreatedAt.ToUnixTimeMilliseconds() * 1000) + (bits % 1000);
        return Tid(micros, (int)((bits >> 10) & 0x3FF));
    }

    public static string Tid(long microseconds, int clockId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(microseconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(microseconds, (1L << 53) - 1);
        ArgumentOutOfRangeException.ThrowIfNegative(clockId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clockId, 1023);
        var value = (ulong)((microseconds << 10) | (uint)clockId);
        Span<char> tid = stackalloc char[13];
        for (var i = 12; i >= 0; i--)
        {
            tid[i] = Alphabet[(int)(value & 0x1F)];
            value >>= 5;
        }

        return new string(tid);
    }
}
