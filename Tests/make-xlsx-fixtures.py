#!/usr/bin/env python3
"""Makes the .xlsx test fixtures with a real spreadsheet program: LibreOffice Calc.

Each workbook is written as a flat OpenDocument spreadsheet (.fods: plain XML, every cell typed —
text, rich text, numbers, dates, times, yes/no, formulas with their results — plus merged cells,
borders, number formats and the 1904 date system) and converted by `soffice --headless
--convert-to xlsx`, so the .xlsx files are what LibreOffice itself saves. The .xlsx files are
committed: the tests do not need LibreOffice. Run again (python3 Tests/make-xlsx-fixtures.py)
only to change them.

Made:
  Tests/CetakTests/Fixtures/kemitraan/program-kemitraan.xlsx
      the Kemitraan fixture data (peserta, kegiatan, rencana, peta-kebutuhan CSVs and konteks.json
      of that folder) as a clerk keeps it: one sheet per dataset under a merged title row, bordered
      empty columns at the right, real date cells in several formats, NIP and NPSN as text, and a
      konteks sheet (kunci, nilai) with a date cell, number cells and numbered list items.
  Tests/CetakXLSXTests/Fixtures/cells.xlsx
      every kind of cell the reader knows, a two-row header with merged cells, a title, empty rows
      and columns, a NIP typed as a number, a formula error, a konteks sheet.
  Tests/CetakXLSXTests/Fixtures/tanggal-1904.xlsx
      dates in the 1904 date system, a date with a time, a one-sheet workbook.
  Tests/CetakXLSXTests/Fixtures/tanggal-awal.xlsx
      dates before 1 March 1900, which LibreOffice numbers its own way.
  Tests/CetakTests/Fixtures/bad-inputs/xlsx-nip-number/peserta.xlsx
      the Kemitraan peserta in a one-sheet workbook named after its dataset, the NIP of Mitra M1 a number.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEMITRAAN = os.path.join(ROOT, "Tests", "CetakTests", "Fixtures", "kemitraan")
XLSX_FIXTURES = os.path.join(ROOT, "Tests", "CetakXLSXTests", "Fixtures")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

# Number formats (data styles) and the cell styles that use them; "b" = with a border.
STYLES = """
 <office:styles>
  <number:date-style style:name="Ndmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="Nlong" number:language="id" number:country="ID"><number:day/><number:text> </number:text><number:month number:textual="true" number:style="long"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="Nweekday" number:language="id" number:country="ID"><number:day-of-week number:style="long"/><number:text>, </number:text><number:day/><number:text> </number:text><number:month number:textual="true" number:style="long"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="Nshort"><number:day number:style="long"/><number:text>-</number:text><number:month number:textual="true"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="Ndatetime"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
  <number:time-style style:name="Ntime"><number:hours number:style="long"/><number:text>.</number:text><number:minutes number:style="long"/></number:time-style>
  <number:percentage-style style:name="Npct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:number-style style:name="Ntwo"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
  <number:text-style style:name="Ntext"><number:text-content/></number:text-style>
  <style:style style:name="b" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
  <style:style style:name="dmy" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Ndmy"/>
  <style:style style:name="long" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Nlong"/>
  <style:style style:name="weekday" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Nweekday"/>
  <style:style style:name="short" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Nshort"/>
  <style:style style:name="datetime" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Ndatetime"/>
  <style:style style:name="time" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Ntime"/>
  <style:style style:name="pct" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Npct"/>
  <style:style style:name="two" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Ntwo"/>
  <style:style style:name="text" style:family="table-cell" style:parent-style-name="b" style:data-style-name="Ntext"/>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
"""


# ---- cells ------------------------------------------------------------------------------------
def s(text, style="b", span=None, down=None):
    """A text cell; span/down merge it over columns/rows."""
    return {"kind": "string", "value": text, "style": style, "span": span, "down": down}


def rich(parts, style="b"):
    """A text cell of runs: [(text, bold)]."""
    return {"kind": "rich", "value": parts, "style": style}


def n(value, style="b", formula=None):
    return {"kind": "float", "value": value, "style": style, "formula": formula}


def pct(value):
    return {"kind": "percentage", "value": value, "style": "pct"}


def d(iso, style="dmy", down=None):
    """A date cell (ISO date, or date and time)."""
    return {"kind": "date", "value": iso, "style": style, "down": down}


def t(hours, minutes):
    return {"kind": "time", "value": f"PT{hours:02d}H{minutes:02d}M00S", "style": "time"}


def yes(value):
    return {"kind": "boolean", "value": value, "style": "b"}


def err(formula, shown):
    """A formula that fails, showing its error (#N/A)."""
    return {"kind": "error", "value": None, "style": "b", "formula": formula, "shown": shown}


def empty(style="b", repeat=1):
    return {"kind": "empty", "style": style, "repeat": repeat}


def cell_xml(c):
    attrs = []
    if c.get("style"):
        attrs.append(f'table:style-name="{c["style"]}"')
    if c.get("span"):
        attrs.append(f'table:number-columns-spanned="{c["span"]}"')
    if c.get("down"):
        attrs.append(f'table:number-rows-spanned="{c["down"]}"')
    kind = c["kind"]
    body = ""
    if kind == "empty":
        if c.get("repeat", 1) > 1:
            attrs.append(f'table:number-columns-repeated="{c["repeat"]}"')
    elif kind == "string":
        attrs.append('office:value-type="string"')
        body = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(c["value"]).split("\n"))
    elif kind == "rich":
        attrs.append('office:value-type="string"')
        runs = "".join(f'<text:span text:style-name="T1">{escape(x)}</text:span>' if bold else escape(x) for x, bold in c["value"])
        body = f"<text:p>{runs}</text:p>"
    elif kind == "float":
        attrs.append(f'office:value-type="float" office:value="{c["value"]}"')
        if c.get("formula"):
            attrs.append(f'table:formula="{escape(c["formula"])}"')
    elif kind == "percentage":
        attrs.append(f'office:value-type="percentage" office:value="{c["value"]}"')
    elif kind == "date":
        attrs.append(f'office:value-type="date" office:date-value="{c["value"]}"')
    elif kind == "time":
        attrs.append(f'office:value-type="time" office:time-value="{c["value"]}"')
    elif kind == "boolean":
        attrs.append(f'office:value-type="boolean" office:boolean-value="{str(c["value"]).lower()}"')
    elif kind == "error":
        # How LibreOffice itself saves a formula that failed: the error text and calcext's error type.
        attrs.append(f'table:formula="{escape(c["formula"])}" office:value-type="float" office:value="0" calcext:value-type="error"')
        body = f"<text:p>{escape(c['shown'])}</text:p>"
    return f"<table:table-cell {' '.join(attrs)}>{body}</table:table-cell>"


def covered_after(rows):
    """Replaces the cells under and beside merged cells by covered cells, as ODF wants."""
    covered = set()
    out = []
    for r, row in enumerate(rows):
        col = 0
        cells = []
        for c in row:
            while (r, col) in covered:
                cells.append('<table:covered-table-cell/>')
                col += 1
            span, down = c.get("span") or 1, c.get("down") or 1
            for dr in range(down):
                for dc in range(span):
                    if dr or dc:
                        covered.add((r + dr, col + dc))
            cells.append(cell_xml(c))
            col += c.get("repeat", 1) if c["kind"] == "empty" else 1
        while (r, col) in covered:
            cells.append('<table:covered-table-cell/>')
            col += 1
        out.append(cells)
    return out


def sheet_xml(name, rows):
    lines = [f'<table:table table:name="{escape(name)}">']
    for cells in covered_after(rows):
        lines.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    lines.append("</table:table>")
    return "\n".join(lines)


def write_workbook(path, sheets, date1904=False):
    """Writes sheets [(name, rows)] as .fods and converts it to .xlsx at path with LibreOffice."""
    settings = ('<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
                if date1904 else "")
    body = "\n".join(sheet_xml(name, rows) for name, rows in sheets)
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
           f'<office:body><office:spreadsheet>{settings}{body}</office:spreadsheet></office:body></office:document>\n')
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, stem + ".fods")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, capture_output=True)
        shutil.copyfile(os.path.join(tmp, stem + ".xlsx"), path)
    print("made", os.path.relpath(path, ROOT))


# ---- the Kemitraan programme workbook ------------------------------------------------------------
DATE_STYLES = ["dmy", "long", "weekday", "short"]


def iso(text):
    """A CSV date (2019-07-29 or 29/07/2019) as ISO."""
    if "/" in text:
        day, month, year = text.split("/")
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return text


def dataset_sheet(title, header, records, date_columns):
    """A title row merged over the columns, an empty row, the header, the records; two bordered
    empty columns at the right of every row, as a clerk's table has, and in the first row a note
    in one of them (a column without a name: ignored)."""
    width = len(header)
    rows = [[s(title, style="title", span=width)], [],
            [s(h, style="head") for h in header] + [empty("head", 2)]]
    for i, rec in enumerate(records):
        row = []
        for h in header:
            v = rec.get(h, "")
            if h in date_columns and v:
                row.append(d(iso(v), style=DATE_STYLES[i % len(DATE_STYLES)]))
            elif v == "":
                row.append(empty())
            else:
                row.append(s(v))  # NIP, NPSN, numbers of the CSV: text, as the CSV has them
        rows.append(row + ([empty(), s("cek lagi")] if i == 0 else [empty("b", 2)]))
    return rows


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.readline()
        f.seek(0)
        reader = csv.DictReader(f, delimiter=";" if sample.count(";") > sample.count(",") else ",")
        return reader.fieldnames, list(reader)


def flatten(value, prefix=""):
    """A JSON context as (key, value) rows: dotted keys, numbered list items."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(value, list):
        for i, v in enumerate(value, 1):
            yield from flatten(v, f"{prefix}.{i}")
    else:
        yield prefix, value


def konteks_sheet(context):
    rows = [[s("KONTEKS", style="title", span=3)],
            [s("kunci", style="head"), s("nilai", style="head"), s("keterangan", style="head")]]
    for key, value in flatten(context):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = n(value)
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            cell = d(value, style="long")       # a date cell
        else:
            cell = s(value, style="text")       # text, NIPs included
        rows.append([s(key), cell, empty()])
    return rows


def kemitraan():
    sheets = []
    titles = {"peserta": "DAFTAR PESERTA PROGRAM KEMITRAAN", "kegiatan": "CATATAN KEGIATAN MITRA",
              "rencana": "RENCANA TINDAK LANJUT", "peta-kebutuhan": "PETA KEBUTUHAN SEKOLAH MITRA"}
    for name in ["peserta", "kegiatan", "rencana", "peta-kebutuhan"]:
        header, records = read_csv(os.path.join(KEMITRAAN, name + ".csv"))
        sheets.append((name, dataset_sheet(titles[name], header, records, {"tanggal"})))
    with open(os.path.join(KEMITRAAN, "konteks.json"), encoding="utf-8") as f:
        sheets.append(("konteks", konteks_sheet(json.load(f))))
    sheets.append(("catatan", [[s("Lembar ini bukan data: ia diabaikan.", style=None)]]))
    write_workbook(os.path.join(KEMITRAAN, "program-kemitraan.xlsx"), sheets)


# ---- the cell kinds -------------------------------------------------------------------------------
def cells():
    header = [
        [s("DATA UJI SEL", style="title", span=10)],
        [],
        [s("nama", style="head", down=2), s("Nilai", style="head", span=2), s("tanggal", style="head", down=2),
         s("nip", style="head", down=2), s("jam", style="head", down=2), s("terlaksana", style="head", down=2),
         s("jumlah", style="head", down=2), s("galat", style="head", down=2), s("persen", style="head", down=2),
         empty("head", 2)],
        # The cells under the merged ones are covered: only the names under the group "Nilai" are written.
        [s("makalah", style="head"), s("rtp", style="head"), empty("head", 2)],
    ]
    rows = header + [
        [rich([("Yosias ", False), ("Wenda", True)]), n(85.15), n(90), d("2019-07-22"), s("197506122001121003", style="text"),
         t(8, 30), yes(True), n(175.15, formula="of:=[.B5]+[.C5]"), err("of:=NA()", "#N/A"), pct(0.5), empty("b", 2)],
        [s("Maria Bria"), n(-3.5, style="two"), n(0.1), d("2019-07-23T08:30:00", style="datetime"), n(197708212002122002),
         t(13, 0), yes(False), n(-3.4, formula="of:=[.B6]+[.C6]"), empty(), pct(0.125), empty("b", 2)],
        [],
        [s("Petrus"), n(1e-7), n(12345678901234567890), d("2019-07-29", style="weekday"), s("1,97506E+17"),
         empty(), s("sudah"), empty(), empty(), empty(), empty("b", 2)],
        [s("Daud"), empty(), empty(), d("1900-03-01", style="short"), empty(), empty(), empty(), empty(), empty(), empty(),
         empty("b", 2)],
        [empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty("b", 2)],
    ]
    konteks = [
        [s("kunci", style="head"), s("nilai", style="head")],
        [s("tempat"), s("Jayapura")],
        [s("tanggal"), d("2019-12-20", style="long")],
        [s("tahun"), n(2019)],
        [s("Kepala_Dinas.Nama "), s("Drs. Markus Wanma, M.Si.")],
        [s("kepala_dinas.nip"), s("196804121994031008", style="text")],
        [s("penilai.2.nama"), s("Drs. Petrus Mandacan, M.M.")],
        [s("penilai.1.nama"), s("Yosina Rumadas, S.Pd., M.Pd.")],
        [s("penilai.1.nip"), s("197011201995122001", style="text")],
        [s("instansi.logo"), s("logo.png")],
        [s("kosong"), empty()],
        [empty(), s("tanpa kunci")],
    ]
    write_workbook(os.path.join(XLSX_FIXTURES, "cells.xlsx"),
                   [("Data", rows), ("catatan", [[s("diabaikan")]]), ("konteks", konteks)])


def early_dates():
    """Dates before 1 March 1900, which LibreOffice numbers its own way (no 29 February 1900)."""
    rows = [[s("tanggal", style="head")], [d("1900-01-01")], [d("1900-02-28")], [d("1900-03-01")], [d("1899-12-31")]]
    write_workbook(os.path.join(XLSX_FIXTURES, "tanggal-awal.xlsx"), [("tanggal", rows)])


def nip_as_number():
    """The Kemitraan peserta as a one-sheet workbook, one NIP typed as a number (as Excel keeps it
    when the column is not Text: 15 digits, shown as 1,97506E+17)."""
    header, records = read_csv(os.path.join(KEMITRAAN, "peserta.csv"))
    rows = dataset_sheet("DAFTAR PESERTA", header, records, set())
    # The Mitra M1 (the second record): its own document is not made, the others are. The Inti's NIP
    # stays text: a record the others look up would hold back every document that needs it.
    second = rows[4]
    second[header.index("nip")] = n(int(records[1]["nip"]))
    folder = os.path.join(ROOT, "Tests", "CetakTests", "Fixtures", "bad-inputs", "xlsx-nip-number")
    os.makedirs(folder, exist_ok=True)
    write_workbook(os.path.join(folder, "peserta.xlsx"), [("Sheet1", rows)])


def dates1904():
    rows = [
        [s("tanggal", style="head"), s("waktu", style="head")],
        [d("2019-07-22"), d("2019-07-22T08:00:00", style="datetime")],
        [d("1904-01-01"), d("1904-01-02T23:59:00", style="datetime")],
        [d("2026-11-22", style="long"), d("2026-11-22T00:00:00", style="datetime")],
    ]
    write_workbook(os.path.join(XLSX_FIXTURES, "tanggal-1904.xlsx"), [("tanggal", rows)], date1904=True)


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install libreoffice-calc-nogui")
    os.makedirs(XLSX_FIXTURES, exist_ok=True)
    only = set(sys.argv[1:])
    for make in (kemitraan, cells, dates1904, early_dates, nip_as_number):
        if not only or make.__name__ in only:
            make()


if __name__ == "__main__":
    main()
