#!/usr/bin/env python3
"""Typst peer of the benchmark: typst_bench.py cert|report|cert-merged DATA.csv OUTDIR

One Python process per batch, one typst.Compiler (fonts loaded once, only the Liberation TTFs),
no PDF tags (cetak and ReportLab write none), the data passed as JSON in sys.inputs:
cert and report compile once per document (one PDF file each); cert-merged compiles every
certificate as one document (sertifikat-semua.typ) into OUTDIR/sertifikat-semua.pdf, Typst's
one-document mode, against `cetak render --merge FILE --no-files`.
"""
import json
import os
import sys

import typst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    kind, data, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    if kind == "cert-merged":
        certs = common.certificates(data)
        compiler = typst.Compiler(os.path.join(HERE, "sertifikat-semua.typ"), root=HERE, font_paths=[common.LIBERATION],
                                  ignore_system_fonts=True)
        compiler.compile(output=os.path.join(out, "sertifikat-semua.pdf"), format="pdf",
                         sys_inputs={"data": json.dumps(certs, ensure_ascii=False)}, timestamp=1767225600, pdf_tags=False)
        return
    if kind == "cert":
        src = os.path.join(HERE, "sertifikat.typ")
        docs = [(c["id"], c) for c in common.certificates(data)]
    else:
        src = os.path.join(HERE, "laporan.typ")
        docs = common.reports(data)
    compiler = typst.Compiler(src, root=HERE, font_paths=[common.LIBERATION], ignore_system_fonts=True)
    for key, doc in docs:
        compiler.compile(output=os.path.join(out, key + ".pdf"), format="pdf",
                         sys_inputs={"data": json.dumps(doc, ensure_ascii=False)}, timestamp=1767225600, pdf_tags=False)


if __name__ == "__main__":
    main()
