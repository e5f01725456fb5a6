#!/usr/bin/env python3
"""The page of `cetak serve` in a real browser: headless Chromium driven over W3C WebDriver (chromedriver),
with nothing but the standard library. Opens the page, picks a form, downloads the programme's workbook to fill
in, uploads data with a bad row, sees the rejected row listed, opens the preview and the next document, corrects
the place of signing, renders all, downloads the ZIP and checks its PDFs, then uploads a filled workbook and sees
its rejected cell by sheet and cell and its konteks sheet in the fields. A screenshot of each step goes to
.build/browser-test/.

Usage: python3 Tests/browser/page_test.py [path/to/cetak]   (default .build/debug/cetak)
Exit 0 when every check passed; prints how long the clerk's round trip took.
"""
import base64, json, os, re, shutil, socket, subprocess, sys, tempfile, time, urllib.error, urllib.request, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CETAK = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/cetak")
SHOTS = os.path.join(ROOT, ".build/browser-test")
FIXTURE = os.path.join(ROOT, "Tests/CetakServerTests/Fixtures/sa01")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

failures = []


def check(ok, what):
    print(("  ok    " if ok else "  FAIL  ") + what)
    if not ok:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def wait_until(what, fn, timeout=60, every=0.1):
    end = time.time() + timeout
    while time.time() < end:
        try:
            v = fn()
            if v:
                return v
        except Exception:
            pass
        time.sleep(every)
    raise TimeoutError("waited %ds for %s" % (timeout, what))


class Browser:
    """A WebDriver session: the few commands the test needs."""

    def __init__(self, port, downloads):
        self.base = "http://127.0.0.1:%d" % port
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1366,768", "--lang=id-ID"],
                "prefs": {"download.default_directory": downloads, "download.prompt_for_download": False},
            }}}}
        status, body = http("POST", self.base + "/session", caps, timeout=120)
        if status != 200:
            raise RuntimeError("no WebDriver session: %s" % body[:400])
        self.session = json.loads(body)["value"]["sessionId"]
        self.url = self.base + "/session/" + self.session

    def cmd(self, method, path, body=None):
        status, data = http(method, self.url + path, body if body is not None else ({} if method == "POST" else None))
        value = json.loads(data)["value"] if data else None
        if status != 200:
            raise RuntimeError("%s %s: %s" % (method, path, value))
        return value

    def go(self, url): self.cmd("POST", "/url", {"url": url})
    def js(self, script, *args): return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})
    def find(self, css): return self.cmd("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]
    def click(self, css): self.cmd("POST", "/element/%s/click" % self.find(css))
    def type(self, css, text): self.cmd("POST", "/element/%s/value" % self.find(css), {"text": text})
    def clear(self, css): self.cmd("POST", "/element/%s/clear" % self.find(css))
    def visible(self, css): return self.cmd("GET", "/element/%s/displayed" % self.find(css))

    def shot(self, name):
        png = base64.b64decode(self.cmd("GET", "/screenshot"))
        with open(os.path.join(SHOTS, name), "wb") as f:
            f.write(png)
        print("  shot  .build/browser-test/" + name)

    def alert_open(self):
        status, _ = http("GET", self.url + "/alert/text")
        return status == 200

    def close(self):
        http("DELETE", self.url)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    for f in os.listdir(SHOTS):
        os.remove(os.path.join(SHOTS, f))
    downloads = tempfile.mkdtemp(prefix="cetak-browser-")
    work = tempfile.mkdtemp(prefix="cetak-browser-work-")
    serve_port, driver_port = free_port(), free_port()
    server = subprocess.Popen([CETAK, "serve", "--port", str(serve_port), "--templates", os.path.join(ROOT, "Templates")],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    driver = subprocess.Popen([CHROMEDRIVER, "--port=%d" % driver_port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browser = None
    page = "http://127.0.0.1:%d/" % serve_port
    try:
        wait_until("cetak serve", lambda: http("GET", page + "api/forms")[0] == 200, timeout=30)
        wait_until("chromedriver", lambda: json.loads(http("GET", "http://127.0.0.1:%d/status" % driver_port)[1])["value"]["ready"], timeout=30)
        browser = Browser(driver_port, downloads)

        print("1. the page")
        browser.go(page)
        wait_until("the forms", lambda: browser.js("return document.querySelectorAll('#form option').length") > 0)
        check(browser.js("return document.documentElement.lang") == "id", "the page is in Indonesian (lang=id)")
        unlabelled = browser.js("""return [...document.querySelectorAll('input,select')]
            .filter(e => !e.labels.length && !e.getAttribute('aria-label')).map(e => e.id)""")
        check(unlabelled == [], "every field has a label %s" % unlabelled)
        check(browser.js("return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 1366×768")
        browser.shot("01-halaman.png")

        print("2. pick a form")
        browser.click('#programme option[value="diklat"]')
        browser.click('#form option[value="sa05"]')
        check(browser.js("return document.getElementById('ctx-tanggal').type") == "date", "a date key has a date picker")
        browser.js("const i = document.getElementById('ctx-tanggal'); i.value = '2026-08-07'; i.dispatchEvent(new Event('input'))")
        check(browser.js("return document.getElementById('ctx-tanggal-words').textContent") == "7 Agustus 2026",
              "and the date in words beside it (a picker may show month first)")
        check(browser.js("return document.querySelector('label[for=ctx-kepala_dinas-nama]').textContent").startswith("Kepala dinas · nama"),
              "signatories are fields with readable labels")
        browser.js("document.getElementById('h-ctx').scrollIntoView()")
        browser.shot("02-formulir-sa05-konteks.png")
        browser.click('#form option[value="sa01"]')
        browser.js("window.scrollTo(0, 0)")
        check(browser.js("return document.getElementById('form-needs').textContent").endswith("calon."), "the page says which data the form reads")
        fields = browser.js("return [...document.querySelectorAll('#context-fields input')].map(e => [e.dataset.key, e.type])")
        check(["tempat", "text"] in fields and ["instansi.nama", "text"] in fields, "the form's context keys are fields: %s" % fields)
        browser.shot("02-formulir-sa01.png")

        browser.click("#workbook-link")
        book = wait_until("the workbook to fill in", lambda: next((os.path.join(downloads, f) for f in os.listdir(downloads)
                                                                 if f.endswith(".xlsx")), None), timeout=60)
        time.sleep(0.3)
        with zipfile.ZipFile(book) as z:
            sheets = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
        check(os.path.basename(book) == "diklat.xlsx" and sheets == ["calon", "riwayat", "nilai", "konteks"],
              "Unduh contoh workbook gives the programme's workbook to fill in: %s %s" % (os.path.basename(book), sheets))
        check(browser.js("const f = document.getElementById('files'); f.focus(); return document.activeElement === f"),
              "the file input takes the keyboard focus")

        print("3. upload data without its context: the page asks for the fields")
        browser.type("#files", os.path.join(FIXTURE, "calon.csv"))
        wait_until("the error", lambda: browser.visible("#error-box"))
        problems = browser.js("return [...document.querySelectorAll('#rejected tbody tr')].map(r => r.cells[6].textContent)")
        check(any("needs a context" in p and "instansi.kota" in p for p in problems), "the missing context is named: %s" % problems)
        check(browser.js("return document.getElementById('ctx-tempat-note').textContent") == "Wajib diisi.", "the required fields are marked")
        browser.shot("03-konteks-kurang.png")
        for field, value in [("#ctx-tempat", "Manokwari"), ("#ctx-instansi-nama", "DINAS PENDIDIKAN"), ("#ctx-instansi-kota", "Manokwari")]:
            browser.type(field, value + "\t")
        wait_until("the check with typed context", lambda: browser.js("return document.getElementById('summary').textContent").startswith("5 dokumen"))
        check(not browser.visible("#error-box"), "typed fields are the context: the data is checked")

        print("4. upload the context file too: a bad row is listed")
        t0 = time.time()
        browser.type("#files", os.path.join(FIXTURE, "konteks.json"))
        wait_until("the rejected row", lambda: browser.visible("#rejected-box") and browser.js("return document.getElementById('summary').textContent").startswith("5 dokumen"))
        cells = browser.js("return [...document.querySelectorAll('#rejected tbody tr')].map(r => [...r.cells].map(c => c.textContent))")
        check(len(cells) == 1 and cells[0][0] == "calon.csv" and cells[0][1:3] == ["", ""] and cells[0][3] == "4"
              and cells[0][4] == "tanggal_lahir" and cells[0][5] == "1974-02-30",
              "the rejected row is listed with file, row, column and value: %s" % cells)
        check(not browser.js("return document.querySelector('#rejected th.sheet').offsetParent"), "no sheet and cell columns for a CSV file")
        summary = browser.js("return document.getElementById('summary').textContent")
        check(summary.startswith("5 dokumen siap dibuat") and "1 data ditolak" in summary, "the summary counts: " + summary)
        check(browser.js("return document.getElementById('ctx-tempat').value") == "Manokwari", "the context fills the fields")
        options = browser.js("return [...document.querySelectorAll('#doc option')].map(o => o.textContent)")
        check(any('<script>alert("cetak")</script> Letsoin' in o for o in options), "a participant named <script> is shown as text")
        check(not browser.alert_open() and browser.js("return document.querySelectorAll('script').length") == 1, "and runs nothing")
        browser.js("window.scrollTo(0, 0)")
        browser.shot("04-data-ditolak.png")

        print("5. preview")
        wait_until("the preview", lambda: browser.js("const i = document.getElementById('preview'); return !i.hidden && i.complete && i.naturalWidth > 0"))
        t_preview = time.time() - t0
        check(browser.js("return document.getElementById('preview').naturalWidth") == 910, "page 1 as a picture (A4 at 110 dpi)")
        check(browser.js("return document.getElementById('page-info').textContent") == "Halaman 1 dari 1", "its page count")
        browser.shot("05-pratinjau.png")
        first = browser.js("return document.getElementById('preview').src")
        browser.click("#next-doc")
        wait_until("the next document", lambda: browser.js("return document.getElementById('preview').src") != first
                   and browser.js("return document.getElementById('preview').complete"))
        check("197708212002122002" in browser.js("return document.getElementById('preview').alt"), "next shows the second document")
        check(browser.js("return document.getElementById('doc').value") == "1", "and the list follows")
        browser.shot("06-dokumen-berikutnya.png")

        print("6. correct the place of signing")
        browser.clear("#ctx-tempat")
        browser.type("#ctx-tempat", "Wamena\t")
        wait_until("the check again", lambda: browser.js("return document.getElementById('summary').textContent").startswith("5 dokumen"))
        wait_until("the preview again", lambda: browser.js("const i = document.getElementById('preview'); return !i.hidden && i.complete"))
        check(browser.js("return document.getElementById('ctx-tempat').value") == "Wamena", "the typed place stays")

        print("7. render all, download")
        t1 = time.time()
        browser.click("#render")
        wait_until("the downloads", lambda: browser.visible("#downloads"), timeout=120)
        t_zip = time.time() - t1
        status = browser.js("return document.getElementById('render-status').textContent")
        check(status.startswith("Selesai: 5 dokumen, 5 halaman") and "1 ditolak" in status, "the result: " + status)
        check(browser.js("return document.getElementById('progress').value") == 5, "the progress bar is full")
        browser.shot("07-selesai.png")
        browser.click("#zip-link")
        zpath = wait_until("the ZIP", lambda: next((os.path.join(downloads, f) for f in os.listdir(downloads)
                                                  if f.endswith(".zip") and not f.endswith(".crdownload")), None), timeout=60)
        time.sleep(0.3)
        with zipfile.ZipFile(zpath) as z:
            names = sorted(z.namelist())
            out = tempfile.mkdtemp(prefix="cetak-zip-")
            z.extractall(out)
        pdfs = [n for n in names if n.startswith("sa01/") and n.endswith(".pdf")]
        check(len(pdfs) == 5 and "report.json" in names and "sa01-semua.pdf" in names, "the ZIP holds 5 PDFs, the merged PDF and the report: %s" % names)
        texts = {n: subprocess.run(["pdftotext", os.path.join(out, n), "-"], capture_output=True, text=True).stdout for n in pdfs}
        check(all("Wamena," in t for t in texts.values()), "every PDF is signed in Wamena, as typed on the page")
        check('<script>alert("cetak")</script> Letsoin' in texts.get("sa01/197606302001012004.pdf", ""), "the <script> name is printed as text")
        report = json.load(open(os.path.join(out, "report.json")))
        check([r["value"] for r in report["rejected"]] == ["1974-02-30"], "the report lists the rejected row")
        browser.click("#pdf-link")
        wait_until("the merged PDF", lambda: any(f.endswith("-semua.pdf") for f in os.listdir(downloads)), timeout=60)
        browser.js("window.scrollTo(0, 0)")

        print("8. a workbook instead: its rejected cell by sheet and cell, its konteks sheet in the fields")
        made = subprocess.run([CETAK, "workbook", "sa01", "--templates", os.path.join(ROOT, "Templates"), "--quiet",
                               "--out", os.path.join(work, "calon-sa01.xlsx"), "--data", os.path.join(FIXTURE, "calon.csv"),
                               "--context", os.path.join(FIXTURE, "konteks.json")], capture_output=True, text=True)
        check(made.returncode == 0, "cetak workbook sa01 filled with the data: " + made.stderr.strip())
        browser.js("for (const b of [...document.querySelectorAll('#file-list button')]) b.click()")
        wait_until("no files", lambda: browser.js("return document.querySelectorAll('#file-list li').length") == 0)
        browser.type("#files", os.path.join(work, "calon-sa01.xlsx"))
        wait_until("the rejected cell", lambda: browser.visible("#rejected-box")
                   and browser.js("return document.querySelector('#rejected tbody td') && document.querySelector('#rejected tbody td').textContent") == "calon-sa01.xlsx")
        cells = browser.js("return [...document.querySelectorAll('#rejected tbody tr')].map(r => [...r.cells].map(c => c.textContent))")
        check(cells == [["calon-sa01.xlsx", "calon", "F4", "4", "tanggal_lahir", "1974-02-30",
                         '"1974-02-30" is not a date (write e.g. 22/07/2019, 22 Juli 2019 or 2019-07-22)']],
              "the rejected row of the workbook is listed with its sheet and cell: %s" % cells)
        check(browser.js("return document.querySelector('#rejected th.sheet').offsetParent !== null"), "the sheet and cell columns are shown")
        check(browser.js("return document.getElementById('ctx-tempat').value") == "Manokwari"
              and browser.js("return document.getElementById('ctx-instansi-nama').value") == "DINAS PENDIDIKAN",
              "the konteks sheet fills the fields (the place typed before is dropped with the new workbook)")
        wait_until("the summary", lambda: browser.js("return document.getElementById('summary').textContent").startswith("5 dokumen"))
        browser.js("document.getElementById('rejected-box').scrollIntoView()")
        browser.shot("08-workbook-ditolak.png")
        print("\nround trip of a clerk (sa01, 6 rows, %s): upload → preview %.2f s, render → ZIP ready %.2f s"
              % (os.path.basename(CETAK), t_preview, t_zip))
    finally:
        if browser:
            browser.close()
        driver.terminate()
        server.terminate()
        driver.wait(10)
        server.wait(10)
        shutil.rmtree(downloads, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\n%d check(s) failed:\n  %s" % (len(failures), "\n  ".join(failures)))
        return 1
    print("browser test: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
