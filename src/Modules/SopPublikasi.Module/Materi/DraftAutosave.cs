using System.Text.Json.Serialization;

namespace SopPublikasi.Module.Materi;

/// <summary>
/// The draft a person is writing, saved as they write (every ~20 seconds and when the tab is hidden) without making
/// a version: one slot per person per item, overwritten each time, cleared when they save a version. A phone's tab
/// killed by the browser loses nothing; the editor offers to restore it on return.
/// </summary>
public sealed class DraftAutosave
{
    public Guid MateriId { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>The version the person was editing from.</summary>
    public int BaseVersion { get; set; }

    /// <summary>The form's fields as JSON (<see cref="AutosaveFields"/>), not sanitized: only shown back to its writer, and cleaned when saved as a version.</summary>
    public string Content { get; set; } = string.Empty;

    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>The editor's fields as the autosave keeps them (the API's wire names).</summary>
public sealed record AutosaveFields
{
    [JsonPropertyName("judul")]
    public string? Judul { get; init; }

    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    [JsonPropertyName("ringkasan")]
    public string? Ringkasan { get; init; }

    [JsonPropertyName("isi")]
    public string? Isi { get; init; }

    [JsonPropertyName("kategoriId")]
    public int? KategoriId { get; init; }

    [JsonPropertyName("tanggalKegiatan")]
    public DateOnly? TanggalKegiatan { get; init; }

    [JsonPropertyName("lokasiKegiatan")]
    public string? LokasiKegiatan { get; init; }

    [JsonPropertyName("fotoSampulAlt")]
    public string? FotoSampulAlt { get; init; }

    [JsonPropertyName("tag")]
    public string? Tag { get; init; }
}
