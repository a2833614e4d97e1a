#!/usr/bin/env python3
"""Editors for bench/soak.sh: carries items through the whole SOP over the API (one token per role) until the
deadline, and counts completed items and every unexpected answer.

usage: soak_editors.py <base url> <database file> <seconds> <token file>   (token file: role=token lines)
"""
import json
import sqlite3
import sys
import time
import urllib.error
import urllib.request

base, database, seconds, token_file = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
tokens = dict(line.strip().split("=", 1) for line in open(token_file) if "=" in line)
staff_id = sqlite3.connect(database).execute("SELECT Id FROM AspNetUsers WHERE UserName = 'staf'").fetchone()[0]
errors, done, moves, slowest = [], 0, 0, 0.0


def call(role, method, path, body=None, headers=None):
    global moves, slowest
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + tokens[role])
    request.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    began = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            moves += 1
            return json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as e:
        errors.append(f"{method} {path}: {e.code} {e.read()[:200]!r}")
        raise
    finally:
        slowest = max(slowest, time.monotonic() - began)


def transition(role, item, action, **extra):
    call(role, "POST", f"/api/v1/materi/{item}/transisi", {"aksi": action, **extra})


deadline = time.monotonic() + seconds
n = 0
while time.monotonic() < deadline:
    n += 1
    try:
        created, _ = call("ppid", "POST", "/api/v1/disposisi", {
            "nomorAgenda": f"005/SOAK/{n}", "tanggalDiterima": "2026-11-24", "asalSurat": "PPID Pembantu Kecamatan",
            "perihal": f"Uji beban {n}", "urgency": 1, "securityClass": 0,
            "instruksi": ["Untuk ditindaklanjuti", "Untuk dipublikasikan"], "diteruskanKepada": "Sekretaris Kecamatan"})
        item = created["id"]
        transition("agendaris", item, "teruskan")
        transition("sekretaris", item, "terima")
        transition("sekretaris", item, "tugaskan", petugasId=staff_id)
        call("staf", "PUT", f"/api/v1/materi/{item}", {
            "judul": f"Kerja bakti uji beban nomor {n}", "ringkasan": "Warga membersihkan saluran air bersama.",
            "isi": f"<p>Kerja bakti ke-{n} membersihkan saluran air di desa.</p>", "kategoriId": 1,
            "tanggalKegiatan": "2026-11-21", "lokasiKegiatan": "Balai Desa", "tag": ["kerja-bakti"]}, {"If-Match": '"0"'})
        transition("staf", item, "serahkan")
        transition("sekretaris", item, "ajukan-verifikasi")
        transition("verifikator", item, "setujui", klasifikasi="berkala")
        done += 1
    except Exception as e:  # noqa: BLE001 - every failure is counted and the loop goes on
        if not isinstance(e, urllib.error.HTTPError):
            errors.append(f"{type(e).__name__}: {e}")
    time.sleep(1)

print(f"items published {done}\nworkflow requests {moves}\nworkflow errors {len(errors)}\nslowest workflow request ms {slowest * 1000:.0f}")
for line in errors[:10]:
    print("  " + line)
