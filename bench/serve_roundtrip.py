#!/usr/bin/env python3
"""A clerk's round trip through `cetak serve`, timed over HTTP for the sample data of each programme, as
CSV files with konteks.json and as the programme's sample workbook (Data/<programme>/<programme>.xlsx):
upload and check (POST /api/inspect), page 1 (POST /api/preview), render all and download the ZIP
(POST /api/render). Every request sends the files again, as the page does. Median of REPEAT runs.

Usage: python3 bench/serve_roundtrip.py [path/to/cetak] [REPEAT]   (default .build/release/cetak, 5)
"""
import json, os, socket, statistics, subprocess, sys, time, urllib.request, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CETAK = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/cetak")
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 5
# One form of each kind: many one-page letters, two-page CVs with photos' placeholders, a monthly report per Mitra.
FORMS = [("diklat", "sa01"), ("diklat", "sa02"), ("kemitraan", "laporan-bulanan"), ("sekolah-model", "f01-2")]
DATASETS = {"sa01": ["calon"], "sa02": ["calon", "riwayat"], "laporan-bulanan": ["peserta", "kegiatan"], "f01-2": ["fasilitator"]}


def multipart(fields, files):
    boundary = "cetak-bench-" + uuid.uuid4().hex
    out = []
    for k, v in fields:
        out += [b"--" + boundary.encode(), ('Content-Disposition: form-data; name="%s"' % k).encode(), b"", v.encode()]
    for k, path in files:
        out += [b"--" + boundary.encode(),
                ('Content-Disposition: form-data; name="%s"; filename="%s"' % (k, os.path.basename(path))).encode(),
                b"Content-Type: application/octet-stream", b"", open(path, "rb").read()]
    out += [b"--" + boundary.encode() + b"--", b""]
    return b"\r\n".join(out), "multipart/form-data; boundary=" + boundary


def post(url, body, ctype):
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as r:
        data = r.read()
        return time.perf_counter() - t, r.status, data


def main():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([CETAK, "serve", "--port", str(port), "--templates", os.path.join(ROOT, "Templates")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % port
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/forms", timeout=1).read()
                break
            except Exception:
                time.sleep(0.1)
        print("cetak serve round trip (%s), median of %d, load average %.2f" % (os.path.relpath(CETAK, ROOT), REPEAT, os.getloadavg()[0]))
        print("%-16s %-5s %5s %9s %9s %9s %9s %9s" % ("form", "input", "docs", "upload KB", "check s", "page 1 s", "ZIP s", "total s"))
        for (prog, form), kind in [(f, k) for f in FORMS for k in ("csv", "xlsx")]:
            d = os.path.join(ROOT, "Data", prog)
            if kind == "csv":
                files = [("data", os.path.join(d, ds + ".csv")) for ds in DATASETS[form]]
                files += [("context", os.path.join(d, "konteks.json"))]
            else:
                files = [("data", os.path.join(d, prog + ".xlsx"))]
            files += [("data", os.path.join(d, f)) for f in sorted(os.listdir(d)) if f.endswith(".png")]
            body, ctype = multipart([("form", form)], files)
            runs = []
            for _ in range(REPEAT):
                t1, s1, j = post(base + "/api/inspect", body, ctype)
                t2, s2, png = post(base + "/api/preview", body, ctype)
                t3, s3, z = post(base + "/api/render", body, ctype)
                assert (s1, s2, s3) == (200, 200, 200) and png[:4] == b"\x89PNG" and z[:2] == b"PK"
                runs.append((t1, t2, t3, json.loads(j)["ready"]))
            med = [statistics.median(r[i] for r in runs) for i in range(3)]
            print("%-16s %-5s %5d %9.0f %9.3f %9.3f %9.3f %9.3f" % (form, kind, runs[0][3], len(body) / 1024, med[0], med[1], med[2], sum(med)))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
