using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SopPublikasi.IntegrationTests.Infrastructure.Fakes;

/// <summary>One upload the X fake holds: its declared size, the segments in the order they arrived, where its processing stands.</summary>
public sealed class FakeXUpload(string id, long totalBytes, bool chunked)
{
    private readonly List<(int Index, byte[] Bytes)> _segments = [];

    public string Id { get; } = id;

    public long TotalBytes { get; } = totalBytes;

    public bool Chunked { get; } = chunked;

    /// <summary>initialized → (finalize) pending → in_progress → succeeded or failed; a one-shot upload is succeeded at once.</summary>
    public string State { get; set; } = "initialized";

    public int StatusReads { get; set; }

    public IReadOnlyList<(int Index, byte[] Bytes)> Segments
    {
        get
        {
            lock (_segments)
            {
                return [.. _segments];
            }
        }
    }

    public long Received => Segments.Sum(s => (long)s.Bytes.Length);

    public void Append(int index, byte[] bytes)
    {
        lock (_segments)
        {
            _segments.Add((index, bytes));
        }
    }
}

/// <summary>
/// X's v2 media endpoints as X runs them: the one-shot upload, and the chunked initialize (JSON), append (multipart
/// <c>media</c> + <c>segment_index</c>, refused out of order or past the declared size), finalize (refused when the
/// bytes do not add up to total_bytes; answers processing_info pending) and STATUS (in_progress
/// <see cref="ProcessingReads"/> times, then succeeded, or failed when <see cref="FailProcessing"/>).
/// </summary>
public sealed class FakeXMedia
{
    private readonly ConcurrentDictionary<string, FakeXUpload> _uploads = new();
    private int _next;

    /// <summary>True when the account's credits are spent: every upload request is refused with 402, as X does.</summary>
    public Func<bool> CreditsSpent { get; set; } = () => false;

    /// <summary>Upload requests refused with 402.</summary>
    public int PaymentRefusals => _paymentRefusals;

    private int _paymentRefusals;

    /// <summary>How many STATUS reads answer in_progress before the upload is processed.</summary>
    public int ProcessingReads { get; set; } = 1;

    /// <summary>When true, processing ends in "failed" (X's InvalidMedia).</summary>
    public bool FailProcessing { get; set; }

    public IReadOnlyDictionary<string, FakeXUpload> Uploads => _uploads;

    /// <summary>A post may name only an upload X finished processing.</summary>
    public bool IsReady(string id) => _uploads.TryGetValue(id, out var upload) && upload.State == "succeeded";

    public long Bytes(string id) => _uploads.TryGetValue(id, out var upload) ? upload.Received : 0;

    public void Map(WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Method == "POST" && http.Request.Path.StartsWithSegments("/2/media/upload") && CreditsSpent())
            {
                Interlocked.Increment(ref _paymentRefusals);
                await FakeX.CreditsDepleted().ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        app.MapPost("/2/media/upload", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (form.Files["media"] is not { Length: > 0 } file || form["media_category"] != "tweet_image")
            {
                return FakeX.Problem(400, "Invalid Request", "media and media_category=tweet_image are required");
            }

            var upload = Add(file.Length, chunked: false);
            upload.Append(0, await ReadAsync(file));
            upload.State = "succeeded";
            return Results.Json(new { data = new { id = upload.Id, media_key = "3_" + upload.Id, size = file.Length } });
        });
        app.MapPost("/2/media/upload/initialize", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var root = body.RootElement;
            var type = root.TryGetProperty("media_type", out var t) ? t.GetString() : null;
            var total = root.TryGetProperty("total_bytes", out var n) && n.TryGetInt64(out var bytes) ? bytes : 0;
            var category = root.TryGetProperty("media_category", out var c) ? c.GetString() : null;
            if (type is null || !type.StartsWith("image/", StringComparison.Ordinal) || total is <= 0 or > 5 * 1024 * 1024 || category != "tweet_image")
            {
                return FakeX.Problem(400, "Invalid Request", "media_type (image/*), total_bytes (1 to 5 MB) and media_category=tweet_image are required");
            }

            var upload = Add(total, chunked: true);
            return Results.Json(new { data = new { id = upload.Id, media_key = "3_" + upload.Id, expires_after_secs = 86400 } });
        });
        app.MapPost("/2/media/upload/{id}/append", async (string id, HttpContext http) =>
        {
            if (!_uploads.TryGetValue(id, out var upload) || upload.State != "initialized")
            {
                return FakeX.Problem(400, "Invalid Request", $"The media id {id} is unknown or already finalized.");
            }

            var form = await http.Request.ReadFormAsync();
            var file = form.Files["media"];
            if (file is null || file.Length == 0 || !int.TryParse(form["segment_index"], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return FakeX.Problem(400, "Invalid Request", "media and segment_index are required");
            }

            if (index != upload.Segments.Count)
            {
                return FakeX.Problem(400, "Invalid Request", $"segment_index {index} is out of order: expected {upload.Segments.Count}.");
            }

            if (upload.Received + file.Length > upload.TotalBytes)
            {
                return FakeX.Problem(400, "Invalid Request", "More bytes than total_bytes.");
            }

            upload.Append(index, await ReadAsync(file));
            return Results.Json(new { data = new { expires_at = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds() } });
        });
        app.MapPost("/2/media/upload/{id}/finalize", (string id) =>
        {
            if (!_uploads.TryGetValue(id, out var upload) || upload.State != "initialized")
            {
                return FakeX.Problem(400, "Invalid Request", $"The media id {id} is unknown or already finalized.");
            }

            if (upload.Received != upload.TotalBytes)
            {
                return FakeX.Problem(400, "Invalid Request", $"File size mismatch: received {upload.Received} of {upload.TotalBytes} bytes.");
            }

            upload.State = "pending";
            return Results.Json(new
            {
                data = new { id, media_key = "3_" + id, size = upload.TotalBytes, expires_after_secs = 86400, processing_info = new { state = "pending", check_after_secs = 1 } },
            });
        });
        app.MapGet("/2/media/upload", (HttpContext http) =>
        {
            var id = http.Request.Query["media_id"].ToString();
            if (http.Request.Query["command"] != "STATUS" || !_uploads.TryGetValue(id, out var upload) || upload.State == "initialized")
            {
                return FakeX.Problem(400, "Invalid Request", $"The media id {id} is unknown or not finalized.");
            }

            if (upload.State is "pending" or "in_progress")
            {
                upload.StatusReads++;
                upload.State = upload.StatusReads <= ProcessingReads ? "in_progress" : FailProcessing ? "failed" : "succeeded";
            }

            object info = upload.State switch
            {
                "in_progress" => new { state = upload.State, check_after_secs = 1, progress_percent = 50 },
                "failed" => new { state = upload.State, error = new { code = 1, name = "InvalidMedia", message = "Unsupported image format" } },
                _ => new { state = upload.State, progress_percent = 100 },
            };
            return Results.Json(new { data = new { id, media_key = "3_" + id, processing_info = info } });
        });
    }

    private FakeXUpload Add(long totalBytes, bool chunked)
    {
        var id = (7_000_000 + Interlocked.Increment(ref _next)).ToString(CultureInfo.InvariantCulture);
        return _uploads[id] = new FakeXUpload(id, totalBytes, chunked);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory);
        return memory.ToArray();
    }
}
