#!/usr/bin/env python3
"""ReportLab peer of the benchmark: reportlab_bench.py cert|report DATA.csv OUTDIR

One Python process per batch, one Platypus build (and one PDF file) per document, the Liberation
Serif TTFs registered (embedded subsets, as cetak and Typst do). Reports use a Platypus Table with
repeatRows=2 (the two-row header on every page) and Paragraph cells (wrapped text); the footer's
"Halaman x dari y" needs the page count, so pages are drawn by a two-pass numbered canvas.
"""
import os
import sys

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

rl_config.invariant = 1  # fixed dates and ids: reproducible files, like cetak's
PAGE = landscape(A4)

for face, file in (("LiberationSerif", "Regular"), ("LiberationSerif-Bold", "Bold"),
                   ("LiberationSerif-Italic", "Italic"), ("LiberationSerif-BoldItalic", "BoldItalic")):
    pdfmetrics.registerFont(TTFont(face, os.path.join(common.LIBERATION, f"LiberationSerif-{file}.ttf")))
pdfmetrics.registerFontFamily("LiberationSerif", normal="LiberationSerif", bold="LiberationSerif-Bold",
                              italic="LiberationSerif-Italic", boldItalic="LiberationSerif-BoldItalic")


def style(name, size, lh=1.2, fontName="LiberationSerif", **kw):
    return ParagraphStyle(name, fontName=fontName, fontSize=size, leading=size * lh, **kw)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- certificates -----------------------------------------------------------------------------
C_BODY = style("body", 12)
C_JUST = style("just", 12, alignment=TA_JUSTIFY)
C_CENTER = style("center", 12, alignment=TA_CENTER)
C_TITLE = style("title", 30, fontName="LiberationSerif-Bold", alignment=TA_CENTER)


def cert_border(canvas, doc):
    """cetak's double border: 3pt line with its outer edge 8mm inside the edge, 2.5pt gap, 0.8pt line."""
    canvas.saveState()
    w, h = PAGE
    for inset, lw in ((8 * mm, 3.0), (8 * mm + 3.0 + 2.5, 0.8)):
        d = inset + lw / 2
        canvas.setLineWidth(lw)
        canvas.rect(d, d, w - 2 * d, h - 2 * d)
    canvas.restoreState()


def certificate(c, path):
    doc = SimpleDocTemplate(path, pagesize=PAGE, leftMargin=30 * mm, rightMargin=30 * mm, topMargin=22 * mm,
                            bottomMargin=18 * mm, title="Sertifikat " + c["nama"])
    fields = [[Paragraph(label, C_BODY), Paragraph(":", C_BODY), Paragraph(esc(c[key]), C_BODY)]
              for label, key in (("Nama", "nama"), ("NIP", "nip"), ("Pangkat/Golongan", "pangkat"),
                                 ("Jabatan", "jabatan"), ("Unit Kerja", "unit"), ("Predikat", "predikat"))]
    width = PAGE[0] - 60 * mm
    grid = Table(fields, colWidths=[45 * mm, 3 * mm, width - 48 * mm], hAlign="LEFT",
                 style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
    sign = [Paragraph(esc(c["tempat_tanggal"]), C_CENTER), Paragraph(esc(c["ttd_jabatan"]), C_CENTER),
            Spacer(1, 20 * mm), Paragraph(f"<b><u>{esc(c['ttd_nama'])}</u></b>", C_CENTER),
            Paragraph("NIP. " + esc(c["ttd_nip"]), C_CENTER)]
    signature = Table([["", sign]], colWidths=[width / 2, width / 2],
                      style=[("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    story = [Paragraph("SERTIFIKAT", C_TITLE), Spacer(1, 2), Paragraph("Nomor: " + esc(c["nomor"]), C_CENTER),
             Spacer(1, 14), grid, Spacer(1, 10), Paragraph(esc(c["uraian"]), C_JUST), Spacer(1, 10), signature]
    doc.build(story, onFirstPage=cert_border, onLaterPages=cert_border)


# ---- reports ----------------------------------------------------------------------------------
R_BODY = style("rbody", 11)
R_TITLE = style("rtitle", 13, fontName="LiberationSerif-Bold", alignment=TA_CENTER)
R_CELL = style("cell", 10, lh=1.15)
R_CELL_C = style("cellc", 10, lh=1.15, alignment=TA_CENTER)
R_HEAD = style("head", 10, lh=1.15, fontName="LiberationSerif-Bold", alignment=TA_CENTER)
R_FOOT = style("foot", 8, alignment=TA_RIGHT)


def numbered_canvas(footer_text):
    """A canvas that keeps its pages until save(), to print "Halaman x dari y" on each."""
    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("LiberationSerif", 8)
                self.drawRightString(PAGE[0] - 15 * mm, 15 * mm + 2,
                                     f"{footer_text} – Halaman {self._pageNumber} dari {total}")
                super().showPage()
            super().save()
    return NumberedCanvas


def report(key, d, path):
    doc = SimpleDocTemplate(path, pagesize=PAGE, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm + 12, title=f"Laporan Bulanan {d['bulan']} {d['nama']}")
    width = PAGE[0] - 30 * mm
    fixed = 10 * mm + 24 * mm + 18 * mm + 18 * mm
    share = (width - fixed) / (1.4 + 1.3 + 1.3 + 2.4)
    widths = [10 * mm, 24 * mm, 1.4 * share, 1.3 * share, 1.3 * share, 2.4 * share, 18 * mm, 18 * mm]
    h = lambda t: Paragraph(t, R_HEAD)  # noqa: E731
    data = [[h("No"), h("Tanggal"), h("Kegiatan"), h("Tujuan"), h("Indikator Hasil"), h("Uraian Pelaksanaan"),
             h("Keterlaksanaan"), ""],
            ["", "", "", "", "", "", h("Ya"), h("Tidak")]]
    for i, r in enumerate(d["rows"], 1):
        data.append([Paragraph(f"{i}.", R_CELL_C)] + [Paragraph(esc(t), R_CELL) for t in r[:5]]
                    + [Paragraph(esc(t), R_CELL_C) for t in r[5:]])
    table = Table(data, colWidths=widths, repeatRows=2,
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                                    ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)),
                                    ("SPAN", (6, 0), (7, 0)), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                                    ("VALIGN", (0, 2), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    fields = Table([[Paragraph(label, R_BODY), Paragraph(":", R_BODY), Paragraph(esc(d[k]), R_BODY)]
                    for label, k in (("Nama", "nama"), ("Unit Kerja", "unit"), ("Bulan", "bulan"))],
                   colWidths=[45 * mm, 3 * mm, width - 48 * mm], hAlign="LEFT",
                   style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    story = [Paragraph("LAPORAN BULANAN KEGIATAN PENDAMPINGAN", R_TITLE), Spacer(1, 8), fields, Spacer(1, 6), table]
    doc.build(story, canvasmaker=numbered_canvas(f"Laporan Bulanan {d['bulan']} – {d['nama']}"))


def main():
    kind, data, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    if kind == "cert":
        for c in common.certificates(data):
            certificate(c, os.path.join(out, c["id"] + ".pdf"))
    else:
        for key, d in common.reports(data):
            report(key, d, os.path.join(out, key + ".pdf"))


if __name__ == "__main__":
    main()
