#!/usr/bin/env python3
"""Deterministic data for the benchmark of issue 6 (`make bench`).

    gen.py cert    N  DIR    -> DIR/sertifikat.csv (cetak, ReportLab, Typst) and DIR/sertifikat.tsv (raw Cairo)
    gen.py report  N  DIR    -> DIR/baris.csv: N reports of 40 rows each (laporan_id = R00001 ...)
    gen.py summary N  DIR    -> DIR/baris.csv: ONE report of N rows (the big-document memory run)
    gen.py calon   N  DIR    -> DIR/calon.csv: N Diklat candidates (docs/data.md columns) for the real SA.04/SA.05

Every value is pre-formatted text, so that every tool prints exactly the same characters and no tool
spends time on formatting the others don't do. The same seed always gives the same bytes.
"""
import csv
import os
import random
import sys

WORDS = """pendampingan kepala sekolah mitra inti kegiatan pembelajaran guru siswa kurikulum program
kemitraan rencana tindak lanjut evaluasi supervisi akademik manajerial kewirausahaan pengembangan
sekolah laporan bulanan pelaksanaan hasil indikator capaian tujuan strategi penguatan mutu pendidikan
dinas kabupaten kota provinsi pelatihan pengawas lembaga penjaminan kompetensi profesional sosial
kepribadian pedagogik bimbingan teknis observasi kelas refleksi diskusi kelompok kerja musyawarah
rapat koordinasi dokumen administrasi anggaran sarana prasarana perpustakaan laboratorium komite
orang tua masyarakat budaya literasi numerasi karakter disiplin lingkungan sehat aman nyaman
inovatif kreatif kolaboratif berkelanjutan terukur efektif efisien transparan akuntabel partisipatif
""".split()

FIRST = "Ahmad Siti Budi Dewi Agus Sri Eko Rina Joko Wati Hendra Nurul Bambang Ratna Dedi Yuni Rudi Fitri Hadi Lestari".split()
LAST = "Santoso Wijaya Rahayu Saputra Kurniawan Hidayat Pratama Susanti Nugroho Setiawan Handayani Gunawan Permata Utomo Puspita Siregar Nasution Sihombing Lubis Hasibuan".split()
PANGKAT = ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b", "Penata, III/c", "Penata Tingkat I, III/d",
           "Pembina, IV/a", "Pembina Tingkat I, IV/b"]
JABATAN = ["Kepala Sekolah", "Guru Madya", "Guru Muda", "Pengawas Sekolah", "Guru Pertama", "Wakil Kepala Sekolah"]
JENJANG = ["SD Negeri", "SMP Negeri", "SMA Negeri", "SMK Negeri"]
KOTA = ["Bandung", "Bogor", "Bekasi", "Depok", "Cirebon", "Tasikmalaya", "Sukabumi", "Garut", "Karawang", "Subang"]
PREDIKAT = ["Sangat Baik", "Baik", "Amat Baik", "Memuaskan"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def words(r, n, cap=True):
    w = [r.choice(WORDS) for _ in range(n)]
    s = " ".join(w)
    return (s[0].upper() + s[1:]) if cap else s


def nip(r):
    y, m, d = r.randint(1962, 1990), r.randint(1, 12), r.randint(1, 28)
    return f"{y}{m:02d}{d:02d} {y + r.randint(22, 30)}{r.randint(1, 12):02d} {r.randint(1, 2)} {r.randint(1, 999):03d}"


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def cert(n, out):
    r = random.Random(6001)
    rows = []
    for i in range(1, n + 1):
        nama = name(r)
        # exactly 60 words: a fixed opening of 12 words + 48 generated
        uraian = ("Telah mengikuti dengan baik seluruh rangkaian Diklat Penguatan Kepala Sekolah Program Kemitraan "
                  + words(r, 48, cap=False) + ".")
        assert len(uraian.split()) == 60
        rows.append({
            "id": f"S{i:05d}",
            "nomor": f"{i:05d}/DIKLAT-KS/{r.randint(1, 12):02d}/2026",
            "nama": nama,
            "nip": nip(r),
            "pangkat": r.choice(PANGKAT),
            "jabatan": r.choice(JABATAN),
            "unit": f"{r.choice(JENJANG)} {r.randint(1, 40)} {r.choice(KOTA)}",
            "predikat": r.choice(PREDIKAT),
            "uraian": uraian,
            "tempat_tanggal": f"{r.choice(KOTA)}, {r.randint(1, 28)} {r.choice(BULAN)} 2026",
            "ttd_jabatan": "Kepala Dinas Pendidikan Provinsi",
            "ttd_nama": f"Dr. {name(r)}, M.Pd.",
            "ttd_nip": nip(r),
        })
    write_csv(os.path.join(out, "sertifikat.csv"), rows)
    with open(os.path.join(out, "sertifikat.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row.values()) + "\n")


def report_rows(r, lid, nama, unit, bulan, count):
    rows = []
    for j in range(count):
        ok = r.random() < 0.8
        rows.append({
            "laporan_id": lid, "nama": nama, "unit": unit, "bulan": bulan,
            "tanggal": f"{(j % 28) + 1:02d}-{BULAN.index(bulan.split()[0]) + 1:02d}-2026",
            "kegiatan": words(r, r.randint(2, 4)),
            "tujuan": words(r, r.randint(2, 5)),
            "indikator": words(r, r.randint(2, 5)),
            "uraian": words(r, r.randint(4, 8)) + ".",
            "ya": "X" if ok else "", "tidak": "" if ok else "X",
        })
    return rows


def report(n, out, rows_per_doc=40):
    r = random.Random(6002)
    rows = []
    for i in range(1, n + 1):
        rows += report_rows(r, f"R{i:05d}", name(r), f"{r.choice(JENJANG)} {r.randint(1, 40)} {r.choice(KOTA)}",
                            f"{r.choice(BULAN)} 2026", rows_per_doc)
    write_csv(os.path.join(out, "baris.csv"), rows)


def summary(n, out):
    r = random.Random(6003)
    write_csv(os.path.join(out, "baris.csv"), report_rows(r, "RINGKASAN", "Rekapitulasi Provinsi",
                                                           "Dinas Pendidikan Provinsi", "Desember 2026", n))


def calon(n, out):
    """N candidates: each a sample row of Data/diklat/calon.csv (round robin) with a new name and its own
    NIP serial (birth date, TMT and sex stay those of the row, so the NIP still agrees with it)."""
    r = random.Random(6004)
    src = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Data", "diklat", "calon.csv")
    with open(src, encoding="utf-8", newline="") as f:
        sample = list(csv.DictReader(f))
    rows = []
    for i in range(n):
        row = dict(sample[i % len(sample)])
        row["nip"] = row["nip"][:15] + f"{(i // len(sample)) % 999 + 1:03d}"
        row["nama"] = name(r) + f" {i + 1}"
        row["foto"] = ""
        rows.append(row)
    assert len({x["nip"] for x in rows}) == n, "more candidates than NIP serials"
    write_csv(os.path.join(out, "calon.csv"), rows)


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("cert", "report", "summary", "calon"):
        sys.exit(__doc__)
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    {"cert": cert, "report": report, "summary": summary, "calon": calon}[kind](n, out)
