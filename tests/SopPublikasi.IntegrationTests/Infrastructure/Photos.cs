using System.Buffers.Binary;
using SkiaSharp;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// Photos as a phone makes them: a JPEG whose EXIF block says where it was taken (GPS) and how the phone was
/// held (orientation), so that the tests can check the server strips the one and applies the other.
/// </summary>
public static class Photos
{
    /// <summary>Bytes written inside the EXIF block, next to the GPS position (7° 36' S, 110° 56' E): a stripped file has none.</summary>
    public static readonly byte[] GpsMarker = "GPSMARK"u8.ToArray();

    public static byte[] Jpeg(int width, int height, ushort orientation = 1, bool gps = true)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x0C, 0x5E, 0x3D));
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawRect(0, 0, width / 2f, height / 3f, paint); // a marker in the top-left corner, to see rotations
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var exif = Exif(orientation, gps);
        // SOI, then the APP1 segment, then the rest of Skia's JPEG.
        return [.. jpeg[..2], 0xFF, 0xE1, .. BigEndian((ushort)(exif.Length + 2)), .. exif, .. jpeg[2..]];
    }

    /// <summary>True when the bytes hold an EXIF block or the GPS marker anywhere.</summary>
    public static bool HasMetadata(ReadOnlySpan<byte> file) =>
        file.IndexOf("Exif\0\0"u8) >= 0 || file.IndexOf(GpsMarker) >= 0;

    private static byte[] Exif(ushort orientation, bool gps)
    {
        // Little-endian TIFF: IFD0 (orientation, GPS pointer) at 8, GPS IFD at 38, GPS values from 92.
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(Le16(42));
        tiff.AddRange(Le32(8));
        tiff.AddRange(Le16(2));
        tiff.AddRange(Entry(0x0112, 3, 1, orientation));
        tiff.AddRange(Entry(0x8825, 4, 1, 38));
        tiff.AddRange(Le32(0));
        tiff.AddRange(Le16(4));
        tiff.AddRange(Entry(0x0001, 2, 2, 'S'));
        tiff.AddRange(Entry(0x0002, 5, 3, 92));
        tiff.AddRange(Entry(0x0003, 2, 2, 'E'));
        tiff.AddRange(Entry(0x0004, 5, 3, 116));
        tiff.AddRange(Le32(0));
        foreach (var (num, den) in new[] { (7u, 1u), (36u, 1u), (0u, 1u), (110u, 1u), (56u, 1u), (0u, 1u) })
        {
            tiff.AddRange(Le32(num));
            tiff.AddRange(Le32(den));
        }

        tiff.AddRange(gps ? GpsMarker : "NOMARKS"u8.ToArray()); // extra bytes a stripped file must not contain
        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }

    private static byte[] Entry(ushort tag, ushort type, uint count, uint value) =>
        [.. Le16(tag), .. Le16(type), .. Le32(count), .. Le32(value)];

    private static byte[] Le16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] Le32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }

    private static byte[] BigEndian(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, v);
        return b;
    }
}
