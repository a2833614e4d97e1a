namespace SopPublikasi.Module.Materi;

/// <summary>How fast the disposisi must be handled (sifat: kecepatan).</summary>
public enum Urgency
{
    Biasa = 0,
    Segera = 1,
    SangatSegera = 2,
}

/// <summary>Security class of the disposisi, kept apart from urgency.</summary>
public enum SecurityClass
{
    Biasa = 0,
    Terbatas = 1,
    Rahasia = 2,
}

public static class DisposisiLabels
{
    public static string Label(this Urgency value) => value switch
    {
        Urgency.Segera => "Segera",
        Urgency.SangatSegera => "Sangat Segera",
        _ => "Biasa",
    };

    public static string Label(this SecurityClass value) => value switch
    {
        SecurityClass.Terbatas => "Terbatas",
        SecurityClass.Rahasia => "Rahasia",
        _ => "Biasa",
    };
}
