namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>
/// The exemption grounds of UU 14/2008 Pasal 17 huruf a-j: the only grounds a refusal or a partial grant may give.
/// <see cref="Permohonan.AlasanPengecualian"/> stores <see cref="Kode"/> ("Pasal 17 huruf h").
/// </summary>
public sealed record AlasanPengecualian(char Huruf, string Uraian)
{
    public string Kode => $"Pasal 17 huruf {Huruf}";

    /// <summary>"Pasal 17 huruf h: mengungkap rahasia pribadi".</summary>
    public string Label => $"{Kode}: {Uraian}";

    public static IReadOnlyList<AlasanPengecualian> All { get; } =
    [
        new('a', "menghambat proses penegakan hukum"),
        new('b', "mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat"),
        new('c', "membahayakan pertahanan dan keamanan negara"),
        new('d', "mengungkapkan kekayaan alam Indonesia"),
        new('e', "merugikan ketahanan ekonomi nasional"),
        new('f', "merugikan kepentingan hubungan luar negeri"),
        new('g', "mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang"),
        new('h', "mengungkap rahasia pribadi"),
        new('i', "memorandum atau surat-surat antar atau intra Badan Publik yang menurut sifatnya dirahasiakan"),
        new('j', "informasi yang tidak boleh diungkapkan berdasarkan undang-undang"),
    ];

    /// <summary>The ground stored as <paramref name="kode"/> ("Pasal 17 huruf h"), or null when it is none of them.</summary>
    public static AlasanPengecualian? Find(string? kode) =>
        All.FirstOrDefault(a => string.Equals(a.Kode, kode?.Trim(), StringComparison.OrdinalIgnoreCase));
}
