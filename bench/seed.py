#!/usr/bin/env python3
"""Adds N published articles to a SopPublikasi SQLite database, for the benchmark only.

Each new article is a copy of a published demo article (same disposisi fields, same cover photo) with its own
ids, slug, title, text, category and publication time, so the public pages, feeds, API and search see N
distinct published articles. It writes straight into the tables: carrying 100,000 items through the SOP's
eight steps would take hours. The app rebuilds its search index at start-up when the counts differ.

usage: seed.py <database file> <number of articles>
"""
import random
import sqlite3
import sys
import uuid
from datetime import datetime, timedelta, timezone

WORDS = ("posyandu balita musrenbang desa kelurahan jalan irigasi sawah petani pupuk bantuan sosial kesehatan "
         "puskesmas vaksinasi sekolah guru siswa pramuka pemuda karang taruna kerja bakti sungai banjir longsor "
         "pelayanan administrasi kependudukan ktp akta kelahiran nikah pajak bumi bangunan umkm pasar festival "
         "budaya reog gamelan tari gambyong wisata air terjun kebun teh lomba kampung bersih sampah daur ulang "
         "pertanian peternakan sapi kambing ikan lele koperasi dana desa pembangunan jembatan drainase lampu "
         "keamanan ronda babinsa bhabinkamtibmas linmas bencana relawan donor darah stunting gizi ibu hamil "
         "lansia disabilitas beasiswa perpustakaan internet literasi digital sosialisasi rapat koordinasi").split()

def ticks(dt):
    """EF Core's DateTimeOffsetToBinaryConverter: (UTC ticks / 1000) << 11, plus the offset in minutes."""
    epoch = datetime(1, 1, 1, tzinfo=timezone.utc)
    delta = dt - epoch
    t = (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10
    return ((t // 1000) << 11) | 0

def guid():
    return str(uuid.uuid4()).upper()

def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

def main(path, count):
    rng = random.Random(2026)
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    m = db.execute("SELECT * FROM Materi WHERE PublishedVersionId IS NOT NULL ORDER BY FirstPublishedAt LIMIT 1").fetchone()
    if m is None:
        sys.exit("No published article to copy: start the site once in Development with Demo:Enabled=true.")
    v = db.execute("SELECT * FROM MateriVersions WHERE Id = ?", (m["PublishedVersionId"],)).fetchone()
    d = db.execute("SELECT * FROM Disposisi WHERE Id = ?", (m["DisposisiId"],)).fetchone()
    categories = [r[0] for r in db.execute("SELECT Id FROM Categories")]
    start = datetime.now(timezone.utc) - timedelta(days=1)

    disposisi, materi, versions = [], [], []
    for i in range(count):
        did, mid, vid = guid(), guid(), guid()
        title = f"{sentence(rng, 6)[:-1]} {i + 1}"
        body = "".join(f"<p>{sentence(rng, 40)}</p>" for _ in range(5))
        when = ticks(start - timedelta(minutes=7 * i))
        dd = dict(d); dd.update(Id=did, NomorAgenda=f"B/{i + 1}/2026", Perihal="Publikasi: " + title, CreatedAt=when)
        mm = dict(m); mm.update(Id=mid, DisposisiId=did, Slug=f"bench-{i + 1}", LatestVersionId=vid, PublishedVersionId=vid,
                                FirstPublishedAt=when, LastPublishedAt=when, StateSince=when, CreatedAt=when, ConcurrencyStamp=guid(),
                                KategoriInformasi=rng.choice(["Berkala", "Berkala", "Berkala", "SertaMerta", "SetiapSaat"]))
        category = rng.choice(categories)
        mm.update(LatestCategoryId=category, PublishedCategoryId=category)
        vv = dict(v); vv.update(Id=vid, MateriId=mid, Title=title, Summary=sentence(rng, 18), Body=body,
                                CategoryId=category, CreatedAt=when)
        disposisi.append(dd); materi.append(mm); versions.append(vv)

    def insert(table, rows):
        cols = list(rows[0].keys())
        db.executemany(f'INSERT INTO "{table}" ({",".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({",".join("?" * len(cols))})',
                       [tuple(r[c] for c in cols) for r in rows])

    with db:
        insert("Disposisi", disposisi)
        # Materi and its published version point at each other: insert with the foreign keys checked at commit.
        db.execute("PRAGMA defer_foreign_keys = ON")
        insert("Materi", materi)
        insert("MateriVersions", versions)
    print(f"{count} articles added; {db.execute('SELECT COUNT(*) FROM Materi WHERE PublishedVersionId IS NOT NULL').fetchone()[0]} published in all")

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]))
