/* Raw-Cairo peer of the benchmark (issue 6): the certificate page of bench/templates/sertifikat.xml
 * drawn straight with Cairo, the physical limit of cetak's stack.
 *
 *   cairo_sertifikat DATA.tsv OUTDIR      (DATA.tsv from bench/gen.py cert: one certificate per line)
 *
 * No shaping (cairo_show_text: one glyph per character, no kerning), no layout engine: fixed
 * positions, a greedy word wrap measured with cairo_text_extents and justified by spreading the
 * spaces. Same Liberation Serif TTFs (loaded once through FreeType), same page, one PDF per line.
 * Built by bench/run.py: cc -O2 cairo_sertifikat.c $(pkg-config --cflags --libs cairo freetype2)
 */
#include <cairo.h>
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MM (72.0 / 25.4)
#define FONTS "/usr/share/fonts/truetype/liberation2/"
enum { ID, NOMOR, NAMA, NIP, PANGKAT, JABATAN, UNIT, PREDIKAT, URAIAN, TEMPAT_TANGGAL, TTD_JABATAN, TTD_NAMA,
       TTD_NIP, NFIELDS };

static const double W = 841.8898, H = 595.2756;           /* A4 landscape */
static const double LEFT = 30 * MM, RIGHT = 30 * MM, TOP = 22 * MM;
static const double ASC = 0.891, DESC = 0.216;             /* Liberation Serif hhea, em */
static cairo_font_face_t *regular, *bold;

static cairo_font_face_t *face(FT_Library lib, const char *file) {
    FT_Face ft;
    if (FT_New_Face(lib, file, 0, &ft)) { fprintf(stderr, "cannot open %s\n", file); exit(2); }
    return cairo_ft_font_face_create_for_ft_face(ft, 0);
}

/* Sets the font; returns the baseline offset of a 1.2-em line box whose top is at 0. */
static double font(cairo_t *cr, cairo_font_face_t *f, double size) {
    cairo_set_font_face(cr, f);
    cairo_set_font_size(cr, size);
    return (size * 1.2 - (ASC + DESC) * size) / 2 + ASC * size;
}

static double advance(cairo_t *cr, const char *s) {
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    return e.x_advance;
}

static void text_at(cairo_t *cr, double x, double baseline, const char *s) {
    cairo_move_to(cr, x, baseline);
    cairo_show_text(cr, s);
}

static void centered(cairo_t *cr, double x0, double width, double baseline, const char *s) {
    text_at(cr, x0 + (width - advance(cr, s)) / 2, baseline, s);
}

/* A justified paragraph; returns the y below it. */
static double justified(cairo_t *cr, double x0, double width, double y, double size, char *text) {
    char *words[256];
    double wd[256];
    int n = 0;
    for (char *t = strtok(text, " "); t && n < 256; t = strtok(NULL, " ")) { words[n] = t; wd[n] = advance(cr, t); n++; }
    double space = advance(cr, " "), base = font(cr, regular, size);
    int i = 0;
    while (i < n) {
        int j = i + 1;
        double w = wd[i];
        while (j < n && w + space + wd[j] <= width) { w += space + wd[j]; j++; }
        double gap = (j < n && j - i > 1) ? space + (width - w) / (j - i - 1) : space;
        double x = x0;
        for (int k = i; k < j; k++) { text_at(cr, x, y + base, words[k]); x += wd[k] + gap; }
        y += size * 1.2;
        i = j;
    }
    return y;
}

static void certificate(const char *outdir, char **f) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.pdf", outdir, f[ID]);
    cairo_surface_t *s = cairo_pdf_surface_create(path, W, H);
    char title[512];
    snprintf(title, sizeof title, "Sertifikat %s", f[NAMA]);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z");
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 0, 0, 0);

    /* the double border: 3pt line with its outer edge 8mm inside, 2.5pt gap, 0.8pt line */
    double insets[2] = {8 * MM, 8 * MM + 3 + 2.5}, widths[2] = {3, 0.8};
    for (int b = 0; b < 2; b++) {
        double d = insets[b] + widths[b] / 2;
        cairo_set_line_width(cr, widths[b]);
        cairo_rectangle(cr, d, d, W - 2 * d, H - 2 * d);
        cairo_stroke(cr);
    }

    double width = W - LEFT - RIGHT, y = TOP, base;
    base = font(cr, bold, 30);
    centered(cr, LEFT, width, y + base, "SERTIFIKAT");
    y += 36 + 2;
    char line[1024];
    base = font(cr, regular, 12);
    snprintf(line, sizeof line, "Nomor: %s", f[NOMOR]);
    centered(cr, LEFT, width, y + base, line);
    y += 14.4 + 14;

    const char *labels[6] = {"Nama", "NIP", "Pangkat/Golongan", "Jabatan", "Unit Kerja", "Predikat"};
    int keys[6] = {NAMA, NIP, PANGKAT, JABATAN, UNIT, PREDIKAT};
    for (int i = 0; i < 6; i++) {
        y += 1;
        text_at(cr, LEFT, y + base, labels[i]);
        text_at(cr, LEFT + 45 * MM, y + base, ":");
        text_at(cr, LEFT + 48 * MM, y + base, f[keys[i]]);
        y += 14.4 + 1;
    }
    y += 10;
    y = justified(cr, LEFT, width, y, 12, f[URAIAN]);
    y += 10;

    /* one signatory, in the right half (4pt padding each side) */
    double x0 = LEFT + width / 2 + 4, cw = width / 2 - 8;
    centered(cr, x0, cw, y + base, f[TEMPAT_TANGGAL]); y += 14.4;
    centered(cr, x0, cw, y + base, f[TTD_JABATAN]); y += 14.4 + 20 * MM;
    font(cr, bold, 12);
    double nw = advance(cr, f[TTD_NAMA]), nx = x0 + (cw - nw) / 2;
    text_at(cr, nx, y + base, f[TTD_NAMA]);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, nx, y + base + 1.5);
    cairo_line_to(cr, nx + nw, y + base + 1.5);
    cairo_stroke(cr);
    y += 14.4;
    font(cr, regular, 12);
    snprintf(line, sizeof line, "NIP. %s", f[TTD_NIP]);
    centered(cr, x0, cw, y + base, line);

    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "%s: cairo error\n", path); exit(1); }
    cairo_surface_destroy(s);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s DATA.tsv OUTDIR\n", argv[0]); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 2; }
    FT_Library lib;
    FT_Init_FreeType(&lib);
    regular = face(lib, FONTS "LiberationSerif-Regular.ttf");
    bold = face(lib, FONTS "LiberationSerif-Bold.ttf");
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&buf, &cap, in)) > 0) {
        if (buf[len - 1] == '\n') buf[--len] = 0;
        char *f[NFIELDS];
        int n = 0;
        for (char *p = buf; n < NFIELDS; n++) {
            f[n] = p;
            char *tab = strchr(p, '\t');
            if (!tab) { n++; break; }
            *tab = 0;
            p = tab + 1;
        }
        if (n != NFIELDS) { fprintf(stderr, "bad line (%d fields)\n", n); return 2; }
        certificate(argv[2], f);
    }
    free(buf);
    fclose(in);
    return 0;
}
