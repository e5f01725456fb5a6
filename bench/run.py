#!/usr/bin/env python3
"""`make bench`: the benchmark of issues 6 and 15, cetak measured side by side with its peers.

Workloads (bench/templates/*.xml, data from bench/gen.py, one process per batch):
  1. certificates: N_CERT one-page A4-landscape certificates, one PDF per document — cetak --jobs 1 and
     --jobs JOBS, raw Cairo (C, bench/peers/cairo_sertifikat.c), Typst (PyPI typst), ReportLab;
  2. reports: N_REPORT monthly reports of 40 rows (3 pages each) — cetak --jobs 1 and --jobs JOBS, Typst, ReportLab;
  3. merged: the same N_CERT certificates as one PDF — `cetak --merge FILE --no-files` (--jobs 1 and --jobs JOBS)
     against Typst compiling them all as one document (bench/peers/sertifikat-semua.typ).
Every tool runs REPEAT times (interleaved, so that load from elsewhere hits every tool alike); the tables show
the median wall time beside the median CPU time (user + system of the child, from os.wait4) and the largest
peak RSS. The targets are CPU-time ratios (the machine is shared: a neighbour taking a core changes wall
times, much less CPU times). Then: --jobs 1 vs --jobs JOBS byte-identical, the parallel speed-up, the peak RSS
of N_MERGE and of N_MERGE_BIG certificates merged (--merge --no-files), of one summary report of N_SUMMARY rows and of the real
SA.04 (Templates/diklat/sa04.xml) over N_SA04 generated candidates, the time of `--only` one candidate of
N_SA04 in the real SA.03, and four `--shard K/4` runs of the real SA.05 (running letter numbers) over N_SHARD
candidates against one full run, file by file. Page 1 of each tool's first certificate and report is
rendered at 50 dpi into .build/bench/compare/ to check by eye that every tool prints the same page.

Environment: N_CERT=1000 N_REPORT=200 REPEAT=5 JOBS=<cores> N_MERGE=20000 N_MERGE_BIG=50000 N_SUMMARY=5000 N_SA04=20000
N_SHARD=1000; QUICK=1 for a smoke test (small N, one run). Results also go to .build/bench/results.json.
"""
import concurrent.futures
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
OUT = os.path.join(ROOT, ".build", "bench")
VENV = os.path.join(ROOT, ".build", "bench-venv")
VPY = os.path.join(VENV, "bin", "python")
CETAK = os.path.join(OUT, "bin", "cetak")     # a snapshot of .build/release/cetak: others may rebuild meanwhile
CAIRO = os.path.join(OUT, "bin", "cairo_sertifikat")
EPOCH = "1767225600"                          # SOURCE_DATE_EPOCH: 2026-01-01, reproducible files

QUICK = os.environ.get("QUICK", "") not in ("", "0")
JOBS = int(os.environ.get("JOBS") or os.cpu_count() or 2)
N_CERT = int(os.environ.get("N_CERT") or (30 if QUICK else 1000))
N_REPORT = int(os.environ.get("N_REPORT") or (6 if QUICK else 200))
REPEAT = int(os.environ.get("REPEAT") or (1 if QUICK else 5))
N_MERGE = int(os.environ.get("N_MERGE") or (300 if QUICK else 20000))
N_SUMMARY = int(os.environ.get("N_SUMMARY") or (300 if QUICK else 5000))
N_SA04 = int(os.environ.get("N_SA04") or (300 if QUICK else 20000))
N_MERGE_BIG = int(os.environ.get("N_MERGE_BIG") or (600 if QUICK else 50000))
N_SHARD = int(os.environ.get("N_SHARD") or (60 if QUICK else 1000))
DIKLAT_CONTEXT = os.path.join(ROOT, "Data", "diklat", "konteks.json")

ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONDONTWRITEBYTECODE="1", PATH=os.environ.get("PATH", "") + ":/opt/swift/usr/bin")


def say(msg):
    print(msg, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, env=ENV, **kw)


# ---- set-up -----------------------------------------------------------------------------------
def ensure_peers():
    probe = "import typst, reportlab; print(getattr(typst, '__version__', '?'), reportlab.Version)"
    if os.path.exists(VPY) and subprocess.run([VPY, "-c", probe], capture_output=True).returncode == 0:
        return
    say("· installing the peers (typst, reportlab) into .build/bench-venv")
    idx = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "typst"], capture_output=True, text=True)
    if idx.returncode != 0:
        sys.exit("bench: `pip index versions typst` failed — is PyPI reachable?\n" + idx.stderr)
    say("  " + idx.stdout.splitlines()[0])
    if not os.path.exists(VPY):
        sh([sys.executable, "-m", "venv", VENV])
    sh([VPY, "-m", "pip", "install", "-q", "typst", "reportlab"])


def versions():
    out = subprocess.run([VPY, "-c", "import importlib.metadata as m; print(m.version('typst'), m.version('reportlab'))"],
                         capture_output=True, text=True, check=True).stdout.split()
    return {"typst": out[0], "reportlab": out[1]}


def build():
    os.makedirs(os.path.dirname(CETAK), exist_ok=True)
    # The program as `make build` and `make install` make it (the Swift runtime linked in): what users run.
    say("· building cetak (swift build -c release --product cetak --static-swift-stdlib)")
    r = subprocess.run(["swift", "build", "-c", "release", "--product", "cetak", "--static-swift-stdlib"], cwd=ROOT, env=ENV,
                       capture_output=True, text=True)
    binary = os.path.join(ROOT, ".build", "release", "cetak")
    if r.returncode != 0:
        if not os.path.exists(binary):
            sys.exit("bench: the release build failed:\n" + r.stdout[-3000:] + r.stderr[-3000:])
        say("  ! the release build failed (sources being edited?); measuring the last built binary")
    shutil.copy2(binary, CETAK)
    say("· compiling the raw-Cairo peer")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "cairo", "freetype2"], capture_output=True, text=True,
                           check=True).stdout.split()
    sh(["cc", "-O2", "-o", CAIRO, os.path.join(BENCH, "peers", "cairo_sertifikat.c")] + flags)


def generate():
    say(f"· generating data: {N_CERT} certificates, {N_REPORT} reports × 40 rows, {N_MERGE} certificates to merge, "
        f"one summary of {N_SUMMARY} rows, {N_SA04} candidates for SA.04, {N_SHARD} for SA.05 in shards")
    gen = os.path.join(BENCH, "gen.py")
    for kind, n, d in (("cert", N_CERT, "cert"), ("report", N_REPORT, "report"), ("cert", N_MERGE, "merge"), ("cert", N_MERGE_BIG, "merge-big"),
                       ("summary", N_SUMMARY, "summary"), ("calon", N_SA04, "sa04"), ("calon", N_SHARD, "shard")):
        sh([sys.executable, gen, kind, str(n), os.path.join(OUT, "data", d)])


# ---- measuring --------------------------------------------------------------------------------
def measure(cmd, outdir, log):
    """Runs cmd once into a fresh outdir: (wall seconds, peak RSS KiB, CPU seconds)."""
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    with open(log, "w") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, env=ENV, stdout=err, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {p.returncode}; see {log}:\n" + open(log).read()[-2000:])
    return wall, ru.ru_maxrss, ru.ru_utime + ru.ru_stime


def pdfs(d):
    return sorted(os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs if f.endswith(".pdf"))


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError(f"pdfinfo could not read {path}")


def count_pages(files):
    with concurrent.futures.ThreadPoolExecutor(4) as ex:
        return list(ex.map(pages, files))


def tools(workload):
    if workload == "merged":
        return merged_tools()
    tpl = os.path.join(BENCH, "templates", "sertifikat.xml" if workload == "cert" else "laporan.xml")
    data = os.path.join(OUT, "data", workload, "sertifikat.csv" if workload == "cert" else "baris.csv")
    out = lambda t: os.path.join(OUT, "out", workload, t)  # noqa: E731
    cetak = lambda j: [CETAK, "render", tpl, "--data", data, "--out", out(f"cetak-j{j}"), "--jobs", str(j),  # noqa: E731
                       "--quiet"]
    t = [("cetak --jobs 1", "cetak-j1", cetak(1))]
    if JOBS != 1:
        t.append((f"cetak --jobs {JOBS}", f"cetak-j{JOBS}", cetak(JOBS)))
    if workload == "cert":
        t.append(("raw Cairo (C)", "cairo", [CAIRO, data.replace(".csv", ".tsv"), out("cairo")]))
    t.append(("Typst", "typst", [VPY, os.path.join(BENCH, "peers", "typst_bench.py"), workload, data, out("typst")]))
    t.append(("ReportLab", "reportlab",
              [VPY, os.path.join(BENCH, "peers", "reportlab_bench.py"), workload, data, out("reportlab")]))
    return [(label, key, cmd, out(key)) for label, key, cmd in t]


def merged_tools():
    """Workload 3: the certificates of workload 1 as one PDF: cetak --merge --no-files vs Typst's one document."""
    tpl = os.path.join(BENCH, "templates", "sertifikat.xml")
    data = os.path.join(OUT, "data", "cert", "sertifikat.csv")
    out = lambda t: os.path.join(OUT, "out", "merged", t)  # noqa: E731
    cetak = lambda j: [CETAK, "render", tpl, "--data", data, "--out", out(f"cetak-j{j}"), "--jobs", str(j), "--quiet",  # noqa: E731
                       "--merge", os.path.join(out(f"cetak-j{j}"), "sertifikat-semua.pdf"), "--no-files"]
    t = [("cetak --merge -j1", "cetak-j1", cetak(1))]
    if JOBS != 1:
        t.append((f"cetak --merge -j{JOBS}", f"cetak-j{JOBS}", cetak(JOBS)))
    t.append(("Typst", "typst", [VPY, os.path.join(BENCH, "peers", "typst_bench.py"), "cert-merged", data, out("typst")]))
    return [(label, key, cmd, out(key)) for label, key, cmd in t]


def run_workload(workload, n_docs):
    ts = tools(workload)
    runs = {key: [] for _, key, _, _ in ts}
    for r in range(REPEAT):
        for label, key, cmd, outdir in ts:
            say(f"  run {r + 1}/{REPEAT}: {label}")
            runs[key].append(measure(cmd, outdir, os.path.join(OUT, "logs", f"{workload}-{key}.log")))
    say("  counting pages (pdfinfo)")
    rows = []
    for label, key, _, outdir in ts:
        files = pdfs(outdir)
        pg = count_pages(files)
        wall = statistics.median(w for w, _, _ in runs[key])
        cpu = statistics.median(c for _, _, c in runs[key])
        docs = n_docs if workload == "merged" else len(files)
        rows.append({"tool": label, "key": key, "docs": docs, "pages": sum(pg),
                     "page_counts": sorted(set(pg)), "wall": wall, "walls": [w for w, _, _ in runs[key]],
                     "cpus": [c for _, _, c in runs[key]],
                     "rss_kib": max(m for _, m, _ in runs[key]), "cpu": cpu,
                     "docs_s": docs / wall, "pages_s": sum(pg) / wall, "docs_cpu_s": docs / cpu, "pages_cpu_s": sum(pg) / cpu})
        if workload == "merged" and (len(files) != 1 or sum(pg) != n_docs):
            say(f"  ! {label} wrote {len(files)} PDF(s) of {sum(pg)} pages, expected one of {n_docs}")
        elif workload != "merged" and len(files) != n_docs:
            say(f"  ! {label} wrote {len(files)} PDFs, expected {n_docs}")
    return rows


def tree_digest(d):
    out = {}
    for f in pdfs(d):
        with open(f, "rb") as fh:
            out[os.path.relpath(f, d)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def identical(workload):
    a, b = (os.path.join(OUT, "out", workload, f"cetak-j{j}") for j in (1, JOBS))
    da, db = tree_digest(a), tree_digest(b)
    diff = sorted(k for k in set(da) | set(db) if da.get(k) != db.get(k))
    return len(da), diff


def big_runs():
    res = {}
    cert = os.path.join(BENCH, "templates", "sertifikat.xml")
    rep = os.path.join(BENCH, "templates", "laporan.xml")
    merged = os.path.join(OUT, "out", "merge.pdf")
    say(f"· {N_MERGE} certificates merged into one PDF (--merge --no-files, --jobs {JOBS})")
    outdir = os.path.join(OUT, "out", "merge")
    w, m, c = measure([CETAK, "render", cert, "--data", os.path.join(OUT, "data", "merge", "sertifikat.csv"),
                       "--out", outdir, "--merge", merged, "--no-files", "--jobs", str(JOBS), "--quiet"], outdir,
                      os.path.join(OUT, "logs", "merge.log"))
    res["merge"] = {"docs": N_MERGE, "wall": w, "rss_kib": m, "cpu": c, "pages": pages(merged),
                    "mib": os.path.getsize(merged) / 2**20}
    say(f"· {N_MERGE_BIG} certificates merged into one PDF (--merge --no-files, --jobs {JOBS})")
    outdir = os.path.join(OUT, "out", "merge-big")
    w, m, c = measure([CETAK, "render", cert, "--data", os.path.join(OUT, "data", "merge-big", "sertifikat.csv"),
                       "--out", outdir, "--merge", merged, "--no-files", "--jobs", str(JOBS), "--quiet"], outdir,
                      os.path.join(OUT, "logs", "merge-big.log"))
    res["merge_big"] = {"docs": N_MERGE_BIG, "wall": w, "rss_kib": m, "cpu": c, "pages": pages(merged)}
    say(f"· one summary report of {N_SUMMARY} rows (--jobs {JOBS})")
    outdir = os.path.join(OUT, "out", "summary")
    w, m, c = measure([CETAK, "render", rep, "--data", os.path.join(OUT, "data", "summary", "baris.csv"),
                       "--out", outdir, "--jobs", str(JOBS), "--quiet"], outdir, os.path.join(OUT, "logs", "summary.log"))
    res["summary"] = {"rows": N_SUMMARY, "wall": w, "rss_kib": m, "cpu": c, "pages": sum(count_pages(pdfs(outdir)))}
    say(f"· SA.04 (Templates/diklat/sa04.xml) of {N_SA04} candidates (--jobs {JOBS})")
    outdir = os.path.join(OUT, "out", "sa04")
    w, m, c = measure([CETAK, "render", "sa04", "--templates", os.path.join(ROOT, "Templates"),
                       "--data", os.path.join(OUT, "data", "sa04", "calon.csv"), "--context", DIKLAT_CONTEXT,
                       "--out", outdir, "--jobs", str(JOBS), "--quiet"], outdir, os.path.join(OUT, "logs", "sa04.log"))
    res["sa04"] = {"rows": N_SA04, "wall": w, "rss_kib": m, "cpu": c, "pages": sum(count_pages(pdfs(outdir)))}
    say(f"· SA.03 (Templates/diklat/sa03.xml) --only one of {N_SA04} candidates, {REPEAT} runs")
    with open(os.path.join(OUT, "data", "sa04", "calon.csv"), encoding="utf-8") as f:
        f.readline()
        nip = f.readline().split(",")[0]
    outdir = os.path.join(OUT, "out", "only")
    runs = [measure([CETAK, "render", "sa03", "--templates", os.path.join(ROOT, "Templates"),
                     "--data", os.path.join(OUT, "data", "sa04", "calon.csv"), "--context", DIKLAT_CONTEXT,
                     "--out", outdir, "--only", nip, "--quiet"], outdir, os.path.join(OUT, "logs", "only.log"))
            for _ in range(REPEAT)]
    res["only"] = {"rows": N_SA04, "wall": statistics.median(r[0] for r in runs), "cpu": statistics.median(r[2] for r in runs),
                   "rss_kib": max(r[1] for r in runs), "files": len(pdfs(outdir))}
    res["shard"] = shards()
    return res


def shards():
    """SA.05 (one letter per candidate, numbered with {seq} over the whole run): one full run, then the four
    slices of --shard K/4 into one folder; every file must be the same, byte for byte."""
    say(f"· SA.05 of {N_SHARD} candidates: one full run, then --shard 1/4 … 4/4")
    args = [CETAK, "render", "sa05", "--templates", os.path.join(ROOT, "Templates"),
            "--data", os.path.join(OUT, "data", "shard", "calon.csv"), "--context", DIKLAT_CONTEXT, "--quiet"]
    full, parts = os.path.join(OUT, "out", "shard-full"), os.path.join(OUT, "out", "shard-parts")
    measure(args + ["--out", full], full, os.path.join(OUT, "logs", "shard-full.log"))
    shutil.rmtree(parts, ignore_errors=True)
    for k in range(1, 5):
        log = os.path.join(OUT, "logs", f"shard-{k}.log")
        with open(log, "w") as err:
            if subprocess.run(args + ["--out", parts, "--shard", f"{k}/4"], cwd=ROOT, env=ENV, stdout=err, stderr=err).returncode:
                sys.exit(f"bench: --shard {k}/4 failed; see {log}")
    a, b = tree_digest(full), tree_digest(parts)
    return {"files": len(a), "differ": sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))}


def compare_images(results):
    d = os.path.join(OUT, "compare")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    made = []
    for workload, rows in results.items():
        for row in rows:
            files = pdfs(os.path.join(OUT, "out", workload, row["key"]))
            if not files:
                continue
            base = os.path.join(d, f"{workload}-{row['key']}")
            subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-singlefile", "-png", files[0], base],
                           check=True, stderr=subprocess.DEVNULL)
            made.append(base + ".png")
    # one sheet per workload, the tools side by side (Pillow comes with ReportLab)
    sheet = """
import sys
from PIL import Image, ImageDraw
out, files = sys.argv[1], sys.argv[2:]
ims = [Image.open(f).convert("RGB") for f in files]
w, h = max(i.width for i in ims), max(i.height for i in ims)
cols = 3 if len(ims) > 4 else 2
rows = (len(ims) + cols - 1) // cols
s = Image.new("RGB", (cols * (w + 10) + 10, rows * (h + 26) + 10), "#888")
d = ImageDraw.Draw(s)
for k, (f, im) in enumerate(zip(files, ims)):
    x, y = 10 + (k % cols) * (w + 10), 10 + (k // cols) * (h + 26)
    d.text((x, y), f.rsplit("/", 1)[-1][:-4], fill="white")
    s.paste(im, (x, y + 16))
s.save(out)
"""
    for workload in results:
        files = [f for f in made if os.path.basename(f).startswith(workload + "-")]
        target = os.path.join(d, f"{workload}-all.png")
        if subprocess.run([VPY, "-c", sheet, target] + files).returncode == 0:
            made.append(target)
    return made


# ---- report -----------------------------------------------------------------------------------
def mib(kib):
    return f"{kib / 1024:.0f} MiB"


def table(title, rows, metric):
    """A workload's table: throughput, memory, wall and CPU seconds, and cetak's ratios to each peer, by CPU
    time (the targets) and by wall time, for --jobs 1 and --jobs JOBS."""
    j1 = next(r for r in rows if r["key"] == "cetak-j1")
    jn = next((r for r in rows if r["key"] == f"cetak-j{JOBS}"), j1)
    head = (f"{'tool':<20} {'docs/s':>8} {'pages/s':>8} {'peak RSS':>9} {'wall s':>7} {'cpu s':>7} {'pages':>6} "
            f"{'j1/peer cpu':>11} {'j1/peer wall':>12} {f'j{JOBS}/peer wall':>12}")
    lines = [title, head, "-" * len(head)]
    for r in rows:
        peer = not r["key"].startswith("cetak")
        ratio = lambda c, m: f"{c[m] / r[m]:.2f}×" if peer else ""  # noqa: E731
        cpu_metric = "docs_cpu_s" if metric == "docs_s" else "pages_cpu_s"
        lines.append(f"{r['tool']:<20} {r['docs_s']:>8.1f} {r['pages_s']:>8.1f} {mib(r['rss_kib']):>9} "
                     f"{r['wall']:>7.2f} {r['cpu']:>7.2f} {r['pages']:>6} {ratio(j1, cpu_metric):>11} "
                     f"{ratio(j1, metric):>12} {ratio(jn, metric):>12}")
    return "\n".join(lines)


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    os.makedirs(os.path.join(OUT, "logs"), exist_ok=True)
    load0 = os.getloadavg()
    ensure_peers()
    v = versions()
    build()
    generate()
    results = {}
    say(f"· workload 1: {N_CERT} certificates × {REPEAT} runs")
    results["cert"] = run_workload("cert", N_CERT)
    say(f"· workload 2: {N_REPORT} reports × {REPEAT} runs")
    results["report"] = run_workload("report", N_REPORT)
    say(f"· workload 3: {N_CERT} certificates in one PDF × {REPEAT} runs")
    results["merged"] = run_workload("merged", N_CERT)
    ident = {w: identical(w) for w in results} if JOBS != 1 else {}
    big = big_runs()
    images = compare_images(results)
    load1 = os.getloadavg()

    for rows in results.values():
        for r in rows:
            if r["key"] == "typst":
                r["tool"] = f"Typst {v['typst']}"
            elif r["key"] == "reportlab":
                r["tool"] = f"ReportLab {v['reportlab']}"
    by = {w: {r["key"]: r for r in rows} for w, rows in results.items()}
    c, p, g = by["cert"], by["report"], by["merged"]
    jn = f"cetak-j{JOBS}"
    say("")
    say(f"cetak benchmark (issues 6, 15) — {os.cpu_count()} cores, JOBS={JOBS}, median of {REPEAT} run(s), "
        f"load average {load0[0]:.2f} → {load1[0]:.2f}{' — QUICK mode, not a measurement' if QUICK else ''}")
    say("")
    say(table(f"Workload 1 — certificates: {N_CERT} documents, A4 landscape, 1 page each (ratios: docs/s)",
              results["cert"], "docs_s"))
    say("")
    say(table(f"Workload 2 — reports: {N_REPORT} documents, 40 rows in an 8-column table, ≈3 pages each "
              f"(ratios: pages/s)", results["report"], "pages_s"))
    say("")
    say(table(f"Workload 3 — the {N_CERT} certificates as one PDF: cetak --merge --no-files vs Typst's one-document "
              f"compile (ratios: docs/s)", results["merged"], "docs_s"))
    say("")
    for w, rows in results.items():
        counts = {r["tool"]: r["pages"] for r in rows}
        if len(set(counts.values())) != 1:
            say(f"! {w}: the tools printed different page counts: {counts}")
    if JOBS != 1:
        for w, name in (("cert", "certificates"), ("report", "reports"), ("merged", "merged certificates")):
            n, diff = ident[w]
            s = by[w]["cetak-j1"]["wall"] / by[w][jn]["wall"]
            say(f"--jobs 1 vs --jobs {JOBS}, {name}: {n} files, "
                f"{'byte-identical' if not diff else f'{len(diff)} DIFFER (e.g. {diff[0]})'}; "
                f"speed-up {s:.2f}× (target ≥ 1.7×: {verdict(s >= 1.7)})")
    m, s = big["merge"], big["summary"]
    say(f"{m['docs']} certificates merged (--merge --no-files, --jobs {JOBS}): peak RSS {mib(m['rss_kib'])} "
        f"(target < 100 MiB: {verdict(m['rss_kib'] < 100 * 1024)}), {m['wall']:.1f} s, {m['pages']} pages, "
        f"merged file {m['mib']:.1f} MiB")
    b = big["merge_big"]
    say(f"{b['docs']} certificates merged (--merge --no-files, --jobs {JOBS}): peak RSS {mib(b['rss_kib'])} "
        f"(target < 100 MiB: {verdict(b['rss_kib'] < 100 * 1024)}), {b['wall']:.1f} s wall, {b['cpu']:.1f} s CPU, {b['pages']} pages")
    say(f"one summary report of {s['rows']} rows: peak RSS {mib(s['rss_kib'])}, {s['wall']:.1f} s, {s['pages']} pages")
    a = big["sa04"]
    say(f"SA.04 of {a['rows']} candidates (Templates/diklat/sa04.xml): peak RSS {mib(a['rss_kib'])} "
        f"(target < 100 MiB: {verdict(a['rss_kib'] < 100 * 1024)}), {a['wall']:.1f} s, {a['pages']} pages")
    o = big["only"]
    say(f"SA.03 --only one candidate of {o['rows']}: {o['wall']:.2f} s wall, {o['cpu']:.2f} s CPU (median), peak RSS "
        f"{mib(o['rss_kib'])}, {o['files']} file (target < 0.3 s CPU: {verdict(o['cpu'] < 0.3)}; wall: {verdict(o['wall'] < 0.3)})")
    h = big["shard"]
    say(f"--shard 1/4 … 4/4 vs one full run, SA.05 of {N_SHARD} candidates: {h['files']} files, "
        + ("byte-identical: PASS" if not h["differ"] and h["files"] > 0
           else f"{len(h['differ'])} DIFFER (e.g. {(h['differ'] or ['?'])[0]}): MISS"))
    if max(load0[0], load1[0]) > (os.cpu_count() or 1):
        say(f"! the load average exceeded the {os.cpu_count()} cores: other work shared the CPUs, so the --jobs "
            f"speed-up is understated (see cpu s vs wall s); the side-by-side ratios are less affected")
    say("")
    say("Targets of issue 15 (CPU seconds, medians):")
    x = c["cetak-j1"]["docs_cpu_s"] / c["typst"]["docs_cpu_s"]
    say(f"  per file: cetak --jobs 1 ≥ 3.5× Typst per document: {x:.2f}× {verdict(x >= 3.5)}")
    x = c["cetak-j1"]["docs_cpu_s"] / c["cairo"]["docs_cpu_s"]
    say(f"  per file: cetak --jobs 1 ≥ 1.25× the raw Cairo program: {x:.2f}× {verdict(x >= 1.25)}")
    x = g["cetak-j1"]["docs_cpu_s"] / g["typst"]["docs_cpu_s"]
    say(f"  merged: cetak --merge --no-files ≥ 3× Typst's one-document compile: {x:.2f}× {verdict(x >= 3)}"
        + (f" (--jobs {JOBS}: {g[jn]['docs_cpu_s'] / g['typst']['docs_cpu_s']:.2f}× by CPU, "
           f"{g[jn]['docs_s'] / g['typst']['docs_s']:.2f}× by wall)" if JOBS != 1 else ""))
    say("Targets of issue 6 (wall time, medians):")
    for peer in ("typst", "reportlab"):
        for k in ("cetak-j1", jn) if JOBS != 1 else ("cetak-j1",):
            x = c[k]["docs_s"] / c[peer]["docs_s"]
            say(f"  certificates: {c[k]['tool']} ≥ 3× {c[peer]['tool']} docs/s: {x:.2f}× {verdict(x >= 3)}")
    x = c["cetak-j1"]["docs_s"] / c["cairo"]["docs_s"]
    say(f"  certificates: cetak --jobs 1 ≥ 0.7× raw Cairo docs/s: {x:.2f}× {verdict(x >= 0.7)}")
    for k in ("cetak-j1", jn) if JOBS != 1 else ("cetak-j1",):
        x = p[k]["pages_s"] / p["typst"]["pages_s"]
        say(f"  reports: {p[k]['tool']} ≥ 3× {p['typst']['tool']} pages/s: {x:.2f}× {verdict(x >= 3)}")
    say("")
    say(f"Visual check — page 1 of each tool's first certificate and report at 50 dpi, compare them side by side:")
    for img in images:
        say(f"  {os.path.relpath(img, ROOT)}")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump({"params": {"N_CERT": N_CERT, "N_REPORT": N_REPORT, "REPEAT": REPEAT, "JOBS": JOBS,
                              "N_MERGE": N_MERGE, "N_MERGE_BIG": N_MERGE_BIG, "N_SUMMARY": N_SUMMARY,
                              "N_SA04": N_SA04, "N_SHARD": N_SHARD, "QUICK": QUICK},
                   "versions": v, "load": [load0, load1], "workloads": results, "identical": ident, "big": big},
                  f, indent=1)
    say(f"(all numbers in {os.path.relpath(os.path.join(OUT, 'results.json'), ROOT)})")


if __name__ == "__main__":
    main()
