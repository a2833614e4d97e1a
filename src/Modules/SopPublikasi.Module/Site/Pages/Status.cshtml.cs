using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Site.Pages;

/// <summary>Friendly error pages (re-executed by the status code middleware; the status code is kept).</summary>
/// <remarks>A failed POST is re-executed as a POST: this page must render it, whatever its antiforgery token.</remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Re-executed after an exception, the path says 500 but the response already carries the chosen status (503
        // while the database is away).
        if (Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            code = Response.StatusCode;
        }

        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            ErrorResponses.SetRetryAfter(Response);
        }

        if (code == StatusCodes.Status429TooManyRequests && PpidForm())
        {
            // The PPID forms' budget per address is counted in hours, not the sign-in's minute.
            (Heading, Message) = ("Terlalu banyak kiriman dari alamat Anda",
                "Untuk mencegah penyalahgunaan, jumlah permohonan, keberatan, dan pelacakan dari satu alamat internet dibatasi. "
                + $"Silakan coba lagi {Wait()}, atau ajukan langsung ke kantor kecamatan (lihat halaman Kontak).");
            return;
        }

        (Heading, Message) = code switch
        {
            404 => ("Halaman tidak ditemukan", "Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan. Coba mulai dari Beranda."),
            403 => ("Akses ditolak", "Anda tidak memiliki izin untuk membuka halaman ini."),
            429 => ("Terlalu banyak percobaan", "Anda terlalu sering mencoba dalam waktu singkat. Tunggu sebentar (sekitar satu menit), lalu coba lagi."),
            400 => ("Permintaan tidak valid", "Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi."),
            503 => ("Layanan sementara tidak tersedia", "Maaf, sistem sedang tidak dapat mengambil data. Silakan coba lagi dalam beberapa detik."),
            >= 500 => ("Terjadi gangguan", "Maaf, terjadi gangguan pada sistem. Silakan coba beberapa saat lagi."),
            _ => ("Terjadi kesalahan", "Permintaan tidak dapat diproses."),
        };
    }

    private bool PpidForm() =>
        HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath is { } path
        && path.StartsWith("/ppid/", StringComparison.OrdinalIgnoreCase);

    private string Wait() =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), out var seconds) && seconds > 60
            ? $"dalam {(seconds + 59) / 60} menit"
            : "dalam satu menit";
}
