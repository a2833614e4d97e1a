namespace SopPublikasi.Tests.Shared;

/// <summary>A long, real-looking article body that every limit on bodies must let through. Linked into both test projects.</summary>
public static class LongArticle
{
    /// <summary>About 60,000 characters of text in 120 paragraphs with bold, italics and links, 40 photos and 10 tables of 20 rows.</summary>
    public static string Html()
    {
        var html = new System.Text.StringBuilder();
        const string sentence = "Warga Desa Gedong mengikuti musyawarah perencanaan pembangunan di pendapa kecamatan dengan tertib. ";
        for (var i = 0; i < 120; i++)
        {
            html.Append("<h2>Bagian ").Append(i + 1).Append("</h2><p>");
            for (var s = 0; s < 5; s++)
            {
                html.Append(sentence);
            }

            html.Append("<strong>Catatan penting.</strong> <em>Rujukan</em> <a href=\"https://karanganyarkab.go.id\">laman kabupaten</a>.</p>");
            if (i % 3 == 0 && i / 3 < 40)
            {
                html.Append("<p><img src=\"/media/").Append(Guid.NewGuid()).Append("/960.webp\" alt=\"Foto kegiatan ").Append(i / 3 + 1).Append("\"></p>");
            }

            if (i % 12 == 0)
            {
                html.Append("<table><thead><tr><th>Desa</th><th>Hadir</th><th>Usulan</th></tr></thead><tbody>");
                for (var r = 0; r < 20; r++)
                {
                    html.Append("<tr><td>Desa ").Append(r + 1).Append("</td><td>").Append(30 + r).Append("</td><td><p>Perbaikan jalan</p></td></tr>");
                }

                html.Append("</tbody></table>");
            }

            html.Append("<ul><li>Satu</li><li>Dua <b>tebal</b></li></ul>");
        }

        return html.ToString();
    }
}
