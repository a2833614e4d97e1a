namespace SopPublikasi.Module.Common;

/// <summary>A duration in Bahasa Indonesia, two largest units: "2 hari 3 jam", "5 jam 10 menit", "kurang dari 1 menit".</summary>
public static class Durasi
{
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.FromMinutes(1))
        {
            return "kurang dari 1 menit";
        }

        var parts = new List<string>();
        if (value.Days > 0)
        {
            parts.Add($"{value.Days} hari");
        }

        if (value.Hours > 0)
        {
            parts.Add($"{value.Hours} jam");
        }

        if (value.Minutes > 0)
        {
            parts.Add($"{value.Minutes} menit");
        }

        return string.Join(" ", parts.Take(2));
    }
}
