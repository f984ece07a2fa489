/* The floor Feuillet is measured against (scripts/measure.sh): the text of a Markdown
 * article set by Pango and Cairo alone into two justified columns of A4 pages, with no
 * typographic rule at all (no French spacing, no hyphenation, no widows, no headings, no
 * structure): what drawing the same words costs with the same libraries.
 *   floor ARTICLE.md OUT.pdf   (fonts: Fonts/DejaVuSerif, as the typography fixture) */
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MM (72.0 / 25.4)

static void check(cairo_t *cr) {
    if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "floor: cairo: %s\n", cairo_status_to_string(cairo_status(cr)));
        exit(1);
    }
}

/* The article's paragraphs: the body after the front matter, split at blank lines, with
 * Markdown's marks (#, -, **) left in: the floor reads no Markdown. */
static char *read_body(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(n + 1);
    if (fread(text, 1, n, f) != (size_t)n) { perror(path); exit(1); }
    text[n] = 0;
    fclose(f);
    char *body = text;
    if (strncmp(text, "---\n", 4) == 0) {
        char *end = strstr(text + 4, "\n---\n");
        if (end) body = end + 5;
    }
    return body;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor ARTICLE.md OUT.pdf\n"); return 2; }
    char *body = read_body(argv[1]);
    FcConfig *config = FcConfigCreate();
    FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)"<fontconfig><cachedir prefix=\"xdg\">feuillet/floor</cachedir></fontconfig>", FcFalse);
    FcConfigAppFontAddDir(config, (const FcChar8 *)"Fonts/DejaVuSerif");
    PangoFontMap *map = pango_cairo_font_map_new();
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);

    const double width = 210 * MM, height = 297 * MM, left = 16 * MM, right = 16 * MM, top = 18 * MM, bottom = 20 * MM;
    const double gutter = 8 * MM, column = (width - left - right - gutter) / 2;
    cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], width, height);
    cairo_t *cr = cairo_create(surface);
    PangoContext *context = pango_font_map_create_context(map);
    pango_cairo_update_context(cr, context);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Serif 10.5");

    int col = 0;
    double y = top;
    char *save = NULL;
    for (char *para = strtok_r(body, "\n", &save); para; para = strtok_r(NULL, "\n", &save)) {
        if (!*para) continue;
        PangoLayout *layout = pango_layout_new(context);
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, (int)(column * PANGO_SCALE));
        pango_layout_set_justify(layout, TRUE);
        pango_layout_set_text(layout, para, -1);
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, NULL, &logical);
            double h = 14.7;
            if (y + h > height - bottom) {
                y = top;
                if (++col == 2) { col = 0; cairo_show_page(cr); check(cr); }
            }
            cairo_move_to(cr, left + col * (column + gutter), y + pango_layout_iter_get_baseline(iter) / (double)PANGO_SCALE
                          - logical.y / (double)PANGO_SCALE);
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter));
            check(cr);
            y += h;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        g_object_unref(layout);
        y += 4;
    }
    cairo_show_page(cr);
    check(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "floor: %s\n", cairo_status_to_string(cairo_surface_status(surface)));
        return 1;
    }
    cairo_surface_destroy(surface);
    pango_font_description_free(font);
    g_object_unref(context);
    g_object_unref(map);
    FcConfigDestroy(config);
    return 0;
}
