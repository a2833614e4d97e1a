using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The office's ETag (the row's <c>revisi</c>) and the If-Match every move requires, as the materi API does for a draft.</summary>
public static class Revisi
{
    public static string ETag(int revisi) => $"\"{revisi}\"";

    /// <summary>The revisi the client acts on; 428 when If-Match is missing, 412 when it is not a revisi.</summary>
    public static ProblemHttpResult? Read(string? ifMatch, string source, out int revisi)
    {
        revisi = 0;
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "Header If-Match wajib.",
                $"Kirim If-Match berisi ETag dari GET {source}, agar keputusan orang lain tidak tertimpa.");
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out revisi)
            ? null
            : ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "If-Match tidak cocok dengan revisi mana pun.");
    }
}
