using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data.Idempotency;

namespace SopPublikasi.Module.Api;

/// <summary>
/// The API's POSTs accept an <c>Idempotency-Key</c> header (as Stripe's and the IETF draft's): the same key with
/// the same request gets the first answer again (status, <c>Location</c>, body; with <c>Idempotent-Replayed: true</c>)
/// and nothing is done twice; the same key with another request is refused with 422. Keys are per token owner and
/// kept for 24 hours (per address for a public POST). A repeat sent while the first is still running waits for it. Answers of 500 and above (and
/// 401, 429) are not kept: the key may be used again. The first answer's body is kept encrypted with the site's
/// data-protection keys (the PPID desk's 201 holds the requester's secret tracking code, which the desk itself keeps
/// only as a hash).
/// </summary>
public sealed class IdempotencyKeys(IdempotencyStore store, IDataProtectionProvider protection) : IEndpointFilter
{
    /// <summary>The data-protection purpose of the kept answers.</summary>
    public const string Purpose = "SopPublikasi.IdempotencyKeys.Answer.v1";

    // Answers kept before bodies were encrypted (plain JSON) are still replayed for their 24 hours.
    private const string ProtectedPrefix = "dp:";

    private readonly IDataProtector _answers = protection.CreateProtector(Purpose);

    public const string Header = "Idempotency-Key";

    /// <summary>The answer header of a repeat.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The longest key taken (a longer one is refused with 400).</summary>
    public const int MaxKeyLength = 255;

    public static readonly TimeSpan Keep = TimeSpan.FromHours(24);

    /// <summary>
    /// In front of the endpoints: a JSON body sent with a key is kept readable, so that the filter can hash it
    /// after the endpoint's parameters were bound from it.
    /// </summary>
    public static Task KeepBody(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers.ContainsKey(Header) && !http.Request.HasFormContentType)
        {
            http.Request.EnableBuffering();
        }

        return next();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var sent = http.Request.Headers[Header].ToString();
        if (sent.Length == 0)
        {
            return await next(context);
        }

        if (sent.Length > MaxKeyLength)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { [Header] = [$"Paling panjang {MaxKeyLength} karakter."] }, StatusCodes.Status400BadRequest, "Idempotency-Key tidak valid.");
        }

        // A public POST (the PPID desk's) has no token owner: its keys are kept per sending address instead.
        var owner = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "alamat:" + http.Connection.RemoteIpAddress;
        var key = $"api:{owner}:{sent}";
        var hash = await HashAsync(http);
        var claim = await store.ClaimAsync(key, hash, Keep, TimeSpan.FromSeconds(20), http.RequestAborted);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Replay:
                return new Replayed(claim.First!, Unprotect(claim.First!.Body));
            case ClaimOutcome.Mismatch:
                return ApiProblems.Problem(
                    StatusCodes.Status422UnprocessableEntity,
                    "Idempotency-Key sudah dipakai untuk permintaan lain.",
                    "Kunci ini sudah dipakai dalam 24 jam terakhir dengan isi atau alamat permintaan yang berbeda. Pakai kunci baru untuk permintaan baru.");
            case ClaimOutcome.InProgress:
                return ApiProblems.Problem(StatusCodes.Status409Conflict, "Permintaan dengan Idempotency-Key ini masih diproses.", "Coba lagi sebentar lagi dengan kunci yang sama.");
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await store.ReleaseAsync(key);
            throw;
        }

        if (result is not IResult answer)
        {
            await store.ReleaseAsync(key);
            return result;
        }

        // The answer is written to a buffer first, so that what the client gets is exactly what a repeat gets.
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await answer.ExecuteAsync(http);
        }
        catch
        {
            await store.ReleaseAsync(key);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        var status = http.Response.StatusCode;
        if (status is >= 500 or StatusCodes.Status401Unauthorized or StatusCodes.Status429TooManyRequests)
        {
            await store.ReleaseAsync(key);
        }
        else
        {
            var location = http.Response.Headers.Location.ToString();
            await store.CompleteAsync(
                key,
                status,
                location.Length == 0 ? null : location,
                http.Response.ContentType,
                Protect(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)),
                CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    private string? Protect(string body) =>
        body.Length == 0 ? null : ProtectedPrefix + _answers.Protect(body);

    private string? Unprotect(string? kept) =>
        kept is not null && kept.StartsWith(ProtectedPrefix, StringComparison.Ordinal)
            ? _answers.Unprotect(kept[ProtectedPrefix.Length..])
            : kept;

    /// <summary>What was asked: method, path, and the body (a form's fields and files' contents, not its boundary).</summary>
    private static async Task<string> HashAsync(HttpContext http)
    {
        var parts = new List<string> { http.Request.Method, http.Request.Path.Value ?? string.Empty, http.Request.QueryString.Value ?? string.Empty };
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            parts.AddRange(form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={string.Join('\u001f', f.Value.ToArray())}"));
            foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                await using var stream = file.OpenReadStream();
                parts.Add($"{file.Name}:{file.FileName}:{Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, http.RequestAborted))}");
            }
        }
        else if (http.Request.Body.CanSeek)
        {
            http.Request.Body.Position = 0;
            parts.Add(Convert.ToHexStringLower(await SHA256.HashDataAsync(http.Request.Body, http.RequestAborted)));
            http.Request.Body.Position = 0;
        }

        return IdempotencyStore.Hash([.. parts]);
    }

    /// <summary>The first answer, again.</summary>
    private sealed class Replayed(IdempotencyRecord first, string? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.StatusCode = first.Status;
            httpContext.Response.Headers[ReplayedHeader] = "true";
            if (first.Location is { } location)
            {
                httpContext.Response.Headers.Location = location;
            }

            if (first.ContentType is { } type)
            {
                httpContext.Response.ContentType = type;
            }

            if (!string.IsNullOrEmpty(body))
            {
                await httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}

/// <summary>An API POST that honours <c>Idempotency-Key</c>, documented as such.</summary>
public static class IdempotencyKeyEndpoints
{
    /// <summary>
    /// Puts the filter in front of a POST and says so in the OpenAPI document: the optional header (a string of at most
    /// <see cref="IdempotencyKeys.MaxKeyLength"/> characters), 422 for a key reused with another request, 409 while its first request
    /// runs, 400 for a key too long (the endpoint declares those answers), and <c>Idempotent-Replayed</c> on the answers a repeat gets again.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<IdempotencyKeys>()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                Document(operation);
                return Task.CompletedTask;
            });
    }

    /// <summary>The header parameter and the replay header of an operation that honours a key.</summary>
    public static void Document(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeys.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = $"Opsional. Kunci unik per permintaan (paling panjang {IdempotencyKeys.MaxKeyLength} karakter), per pemilik token, disimpan 24 jam: "
                + "kunci dan isi yang sama mendapat jawaban pertama lagi tanpa dikerjakan dua kali (dengan Idempotent-Replayed: true); "
                + "kunci yang sama dengan isi lain dijawab 422; selama permintaan pertama masih diproses dijawab 409.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKeys.MaxKeyLength },
        });
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status == "422" && response is OpenApiResponse refused)
            {
                refused.Description = "Isian tidak memenuhi syarat, atau Idempotency-Key sudah dipakai untuk permintaan lain (isi atau alamat berbeda) dalam 24 jam.";
            }

            if (response is OpenApiResponse answer && !status.StartsWith('5') && status is not ("401" or "429"))
            {
                answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
                answer.Headers[IdempotencyKeys.ReplayedHeader] = new OpenApiHeader
                {
                    Description = "\"true\" bila jawaban ini jawaban pertama yang diulang untuk Idempotency-Key yang sama.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")!] },
                };
            }
        }
    }
}
