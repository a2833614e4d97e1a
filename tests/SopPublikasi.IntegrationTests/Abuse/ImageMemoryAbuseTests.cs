using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 4: a few kilobytes can claim a picture of hundreds of megabytes once decoded (an 8000×8000
/// 1-bit PNG is under 10 KB and 256 MB as RGBA). The upload is measured by its header and refused above
/// Media:MaxImagePixels before any pixel is decoded; nothing is stored.
/// </summary>
public class ImageMemoryAbuseTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Upload_TinyPngClaiming64Megapixels_RefusedByItsHeaderAndNothingStored()
    {
        var bomb = OneBitPng(8000, 8000);
        Assert.InRange(bomb.Length, 1, 16 * 1024);
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var before = app.Factory.WithDb(db => db.Media.Count());

        var problem = await (await staf.UploadAsync(bomb, "kecil.png")).ProblemAsync(400);

        var message = problem.GetProperty("errors").GetProperty("berkas")[0].GetString();
        Assert.Contains("8000 × 8000", message, StringComparison.Ordinal);
        Assert.Contains("megapiksel", message, StringComparison.Ordinal);
        Assert.Equal(before, app.Factory.WithDb(db => db.Media.Count()));
    }

    [Fact]
    public async Task Upload_OrdinaryPhoto_StillAccepted()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");

        var response = await staf.UploadAsync(Photos.Jpeg(1200, 800), "foto.jpg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A valid grey-scale PNG of 1 bit per pixel, all black: a few kilobytes whatever its size.</summary>
    internal static byte[] OneBitPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth
        header[9] = 0; // grey-scale
        Chunk(png, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var z = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var row = new byte[1 + ((width + 7) / 8)]; // filter byte 0, then the bits
                for (var y = 0; y < height; y++)
                {
                    z.Write(row);
                }
            }

            Chunk(png, "IDAT", pixels.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
