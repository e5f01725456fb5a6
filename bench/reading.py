#!/usr/bin/env python3
"""`make bench`, issue 11: reading a sheet of N_READ rows (default 50,000) from an .xlsx workbook and
the same rows from a CSV file, side by side: wall seconds, CPU seconds, peak RSS (target: the .xlsx
in under 1 s and under 100 MiB).

The rows are kegiatan records (10 columns: text, a date, a number, yes/no, an 18-digit NIP). The CSV
is written here; the workbook by XlsxWriter (PyPI, installed into the bench venv), as Excel writes one:
shared strings, real date cells with a date format, number cells, the NIP column as text. cetak reads
either through bench/templates/baca.xml, whose one document is left out by a <skip> rule that counts the
rows: the run is start-up, reading and typing, no layout. A run over a one-row file of each kind gives
the fixed cost (start-up, fonts) to subtract.

Environment: N_READ=50000 REPEAT=3; QUICK=1 for 2,000 rows once. Results also in .build/bench/reading.json.
"""
import csv
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys

import run as bench  # bench/run.py: paths, build snapshot, measure()

QUICK = bench.QUICK
N_READ = int(os.environ.get("N_READ") or (2000 if QUICK else 50000))
REPEAT = bench.REPEAT
DATA = os.path.join(bench.OUT, "data", "read")
TEMPLATE = os.path.join(bench.BENCH, "templates", "baca.xml")
HEADER = ["mitra_id", "tahap", "tanggal", "jam", "kegiatan", "tujuan", "nilai", "terlaksana", "nip", "catatan"]


def rows(n):
    r = random.Random(11)
    start = datetime.date(2019, 7, 1)
    for i in range(n):
        day = start + datetime.timedelta(days=r.randrange(0, 400))
        nip = f"{r.randrange(1960, 1995)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(1985, 2015)}{r.randrange(1, 13):02d}{r.randrange(1, 3)}{r.randrange(1, 999):03d}"
        yield [f"M{i % 900 + 1:03d}", r.choice(["ojl1", "ojl2", "ojl3"]), day, f"{r.randrange(7, 15):02d}.00 – {r.randrange(15, 17)}.00",
               " ".join(r.choice(bench_words) for _ in range(6)).capitalize(),
               " ".join(r.choice(bench_words) for _ in range(10)).capitalize(),
               round(r.uniform(60, 100), 2), r.choice(["ya", "tidak"]), nip,
               "" if r.random() < 0.5 else " ".join(r.choice(bench_words) for _ in range(4))]


bench_words = """pendampingan kepala sekolah mitra inti kegiatan pembelajaran guru siswa kurikulum program kemitraan rencana
tindak lanjut evaluasi supervisi akademik manajerial pengembangan laporan pelaksanaan hasil indikator capaian""".split()


def write_csv(path, n):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for row in rows(n):
            row[2] = row[2].isoformat()
            w.writerow(row)


def write_xlsx(path, n):
    script = f"""
import sys, datetime
import xlsxwriter
sys.path.insert(0, {bench.BENCH!r})
import reading
book = xlsxwriter.Workbook({path!r})
sheet = book.add_worksheet("kegiatan")
date = book.add_format({{"num_format": "dd/mm/yyyy"}})
text = book.add_format({{"num_format": "@"}})
sheet.write_row(0, 0, reading.HEADER)
for i, row in enumerate(reading.rows({n}), 1):
    for j, v in enumerate(row):
        if j == 2:
            sheet.write_datetime(i, j, datetime.datetime.combine(v, datetime.time()), date)
        elif j == 8:
            sheet.write_string(i, j, v, text)
        elif j == 6:
            sheet.write_number(i, j, v)
        elif v != "":
            sheet.write_string(i, j, v)
book.close()
"""
    subprocess.run([bench.VPY, "-c", script], check=True, env=bench.ENV)


def ensure_xlsxwriter():
    if not os.path.exists(bench.VPY):
        subprocess.run([sys.executable, "-m", "venv", bench.VENV], check=True)
    if subprocess.run([bench.VPY, "-c", "import xlsxwriter"], capture_output=True).returncode != 0:
        bench.say("· installing XlsxWriter into .build/bench-venv (it writes the workbook)")
        subprocess.run([bench.VPY, "-m", "pip", "install", "-q", "xlsxwriter"], check=True)


def snapshot():
    """The release cetak: bench/run.py's snapshot when it ran first, else a fresh build."""
    if not os.path.exists(bench.CETAK):
        os.makedirs(os.path.dirname(bench.CETAK), exist_ok=True)
        bench.say("· building cetak (swift build -c release --product cetak)")
        subprocess.run(["swift", "build", "-c", "release", "--product", "cetak", "--static-swift-stdlib"], cwd=bench.ROOT, env=bench.ENV, check=True)
        shutil.copy2(os.path.join(bench.ROOT, ".build", "release", "cetak"), bench.CETAK)


def main():
    os.makedirs(os.path.join(bench.OUT, "logs"), exist_ok=True)
    os.makedirs(DATA, exist_ok=True)
    ensure_xlsxwriter()
    snapshot()
    bench.say(f"· generating {N_READ} kegiatan rows as CSV and as .xlsx (XlsxWriter), and one-row files")
    files = {}
    for n, tag in ((N_READ, "big"), (1, "one")):
        files[("csv", tag)] = os.path.join(DATA, f"{tag}.csv")
        files[("xlsx", tag)] = os.path.join(DATA, f"{tag}.xlsx")
        write_csv(files[("csv", tag)], n)
        write_xlsx(files[("xlsx", tag)], n)
    load0 = os.getloadavg()
    runs = {k: [] for k in files}
    for r in range(REPEAT):
        for (kind, tag), path in files.items():
            bench.say(f"  run {r + 1}/{REPEAT}: {kind} {N_READ if tag == 'big' else 1} rows")
            out = os.path.join(bench.OUT, "out", "read", f"{kind}-{tag}")
            cmd = [bench.CETAK, "render", TEMPLATE, "--data", f"kegiatan={path}", "--out", out, "--quiet"]
            runs[(kind, tag)].append(bench.measure(cmd, out, os.path.join(bench.OUT, "logs", f"read-{kind}-{tag}.log")))
    res = {}
    for key, ms in runs.items():
        res[f"{key[0]}-{key[1]}"] = {"wall": statistics.median(w for w, _, _ in ms), "cpu": statistics.median(c for _, _, c in ms),
                                     "rss_kib": max(m for _, m, _ in ms), "bytes": os.path.getsize(files[key])}
    bench.say("")
    bench.say(f"Reading {N_READ} rows × 10 columns (median of {REPEAT}; one process each; fixed cost = the one-row file)"
              f"{' — QUICK mode, not a measurement' if QUICK else ''}")
    head = f"{'input':<8} {'file':>9} {'wall s':>7} {'cpu s':>7} {'peak RSS':>9} {'wall − fixed':>13} {'cpu − fixed':>12}"
    bench.say(head)
    bench.say("-" * len(head))
    for kind in ("csv", "xlsx"):
        b, o = res[f"{kind}-big"], res[f"{kind}-one"]
        bench.say(f"{kind:<8} {b['bytes'] / 2**20:>7.1f}MB {b['wall']:>7.2f} {b['cpu']:>7.2f} {bench.mib(b['rss_kib']):>9} "
                  f"{b['wall'] - o['wall']:>13.2f} {b['cpu'] - o['cpu']:>12.2f}")
    x = res["xlsx-big"]
    ok = x["wall"] < 1 and x["rss_kib"] < 100 * 1024
    load1 = os.getloadavg()
    bench.say(f"{N_READ}-row .xlsx: {x['wall']:.2f} s wall, {x['cpu']:.2f} s CPU, peak RSS {bench.mib(x['rss_kib'])} "
              f"(target < 1 s and < 100 MiB: {bench.verdict(ok)})")
    cores = os.cpu_count() or 1
    if max(load0[0], load1[0]) > cores:
        bench.say(f"! load average {load0[0]:.1f} → {load1[0]:.1f} on {cores} cores: other work shared the CPUs, so wall "
                  f"seconds are inflated; the process used {x['cpu']:.2f} s of CPU, which is what an idle machine's wall time comes near")
    with open(os.path.join(bench.OUT, "reading.json"), "w") as f:
        json.dump({"rows": N_READ, "repeat": REPEAT, "quick": QUICK, "load": [load0, load1], "results": res}, f, indent=1)


if __name__ == "__main__":
    main()
