"""Reading the generated CSV (bench/gen.py) the same way for every Python peer."""
import csv

LIBERATION = "/usr/share/fonts/truetype/liberation2"
REPORT_COLUMNS = ["tanggal", "kegiatan", "tujuan", "indikator", "uraian", "ya", "tidak"]


def certificates(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def reports(path):
    """[(laporan_id, {nama, unit, bulan, rows: [[7 texts], ...]})] in file order."""
    docs, index = [], {}
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lid = r["laporan_id"]
            if lid not in index:
                index[lid] = {"nama": r["nama"], "unit": r["unit"], "bulan": r["bulan"], "rows": []}
                docs.append((lid, index[lid]))
            index[lid]["rows"].append([r[c] for c in REPORT_COLUMNS])
    return docs
