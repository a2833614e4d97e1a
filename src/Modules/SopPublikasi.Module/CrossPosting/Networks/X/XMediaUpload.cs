using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Delivery;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>
/// X's v2 image upload. An image up to one segment (CrossPosting:XMediaSegmentBytes) goes in one request; a larger one
/// through the chunked endpoints: initialize (JSON), append each segment in order (multipart <c>media</c> +
/// <c>segment_index</c>), finalize. When X answers with <c>processing_info</c>, the status is read after X's
/// <c>check_after_secs</c> until it succeeded. An upload posts nothing, so an answer lost on the way only leaves an
/// unused media id: it is transient, never uncertain.
/// </summary>
public sealed class XMediaUpload(IOptionsMonitor<CrossPostingOptions> options, TimeProvider clock)
{
    private const string Category = "tweet_image";

    /// <summary>Returns the media id X will accept in a post: uploaded, finalized and processed.</summary>
    public async Task<string> UploadAsync(XSession x, PostImage image, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(image);
        var segment = options.CurrentValue.XMediaSegmentBytes;
        try
        {
            return image.Bytes.Length <= segment ? await OneShotAsync(x, image, ct) : await ChunkedAsync(x, image, segment, ct);
        }
        catch (DeliveryFailureException failure) when (failure.Kind is FailureKind.Uncertain or FailureKind.Duplicate)
        {
            throw new DeliveryFailureException(FailureKind.Transient, failure.Message, null, failure);
        }
    }

    private async Task<string> OneShotAsync(XSession x, PostImage image, CancellationToken ct)
    {
        var json = await x.JsonAsync(HttpMethod.Post, "2/media/upload", () =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(image.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
            form.Add(file, "media", image.FileName);
            form.Add(new StringContent(Category), "media_category");
            return form;
        }, ct);
        var id = json.Obj("data").Str("id") ?? json.Str("media_id_string") ?? throw NoId();
        return await ProcessedAsync(x, id, json.Obj("data"), ct);
    }

    private async Task<string> ChunkedAsync(XSession x, PostImage image, int segment, CancellationToken ct)
    {
        var initialized = await x.JsonAsync(
            HttpMethod.Post,
            "2/media/upload/initialize",
            () => JsonContent.Create(new { media_type = image.ContentType, total_bytes = image.Bytes.Length, media_category = Category }),
            ct);
        var id = initialized.Obj("data").Str("id") ?? throw NoId();
        var path = "2/media/upload/" + Uri.EscapeDataString(id);
        for (var (index, offset) = (0, 0); offset < image.Bytes.Length; index++, offset += segment)
        {
            var (segmentIndex, start, length) = (index, offset, Math.Min(segment, image.Bytes.Length - offset));
            using var appended = await x.SendAsync(HttpMethod.Post, path + "/append", () =>
            {
                var form = new MultipartFormDataContent();
                var part = new ByteArrayContent(image.Bytes, start, length);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, "media", image.FileName);
                form.Add(new StringContent(segmentIndex.ToString(CultureInfo.InvariantCulture)), "segment_index");
                return form;
            }, ct);
        }

        var finalized = await x.JsonAsync(HttpMethod.Post, path + "/finalize", null, ct);
        return await ProcessedAsync(x, finalized.Obj("data").Str("id") ?? id, finalized.Obj("data"), ct);
    }

    /// <summary>Reads the status after X's check_after_secs (at most 30 s each) until succeeded; failed is X's refusal of the image.</summary>
    private async Task<string> ProcessedAsync(XSession x, string id, JsonElement data, CancellationToken ct)
    {
        var info = data.Obj("processing_info");
        for (var polls = 0; ; polls++)
        {
            switch (info.Str("state"))
            {
                case null or "succeeded":
                    return id;
                case "failed":
                    var error = info.Obj("error");
                    throw new DeliveryFailureException(FailureKind.Permanent, $"X gagal memproses gambar: {error.Str("message") ?? error.Str("name") ?? "tanpa keterangan"}");
            }

            if (polls >= options.CurrentValue.XMediaStatusPolls)
            {
                throw new DeliveryFailureException(FailureKind.Transient, "X belum selesai memproses gambar; dicoba lagi nanti.");
            }

            await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(info.Number("check_after_secs") ?? 1, 0, 30)), clock, ct);
            var status = await x.JsonAsync(HttpMethod.Get, "2/media/upload?command=STATUS&media_id=" + Uri.EscapeDataString(id), null, ct);
            info = status.Obj("data").Obj("processing_info");
        }
    }

    private static DeliveryFailureException NoId() => new(FailureKind.Transient, "X menjawab unggahan gambar tanpa id.");
}
