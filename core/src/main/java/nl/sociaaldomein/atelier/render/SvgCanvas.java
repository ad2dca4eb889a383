package nl.sociaaldomein.atelier.render;

import java.util.Locale;

/**
 * A small writer for one inline SVG chart: an accessible root ({@code role="img"} labelled by
 * its {@code <title>} and {@code <desc>}), shapes and escaped text. Ids are prefixed per figure
 * so several charts can live in one page. Coordinates are geometry only: every amount a reader
 * sees is formatted from the exact {@code Money}, never from these doubles.
 */
final class SvgCanvas {

    static final int WIDTH = 720;
    static final String INK = "#1b1b1b";
    static final String GRANTED = "#1f5f8b";
    static final String RESERVED = "#e09f3e";
    static final String REMAINING = "#dfe7ee";
    static final String OVER = "#b3261e";
    static final String MUTED = "#5c6670";

    private final StringBuilder svg = new StringBuilder();
    private final String id;

    SvgCanvas(String id) {
        this.id = id;
    }

    String id(String local) {
        return id + "-" + local;
    }

    SvgCanvas open(int height, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
            .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id("title")).append(' ')
            .append(id("desc")).append("\">\n<title id=\"").append(id("title")).append("\">").append(Xml.escape(title))
            .append("</title>\n<desc id=\"").append(id("desc")).append("\">").append(Xml.escape(description))
            .append("</desc>\n");
        return this;
    }

    /** Diagonal stripes: the "not exact" fill (reserved money, an imprecise date), visible in grey print too. */
    SvgCanvas hatch(String local, String background, String stripe) {
        svg.append("<defs><pattern id=\"").append(id(local)).append("\" patternUnits=\"userSpaceOnUse\" width=\"6\"")
            .append(" height=\"6\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"")
            .append(background).append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(stripe)
            .append("\" stroke-width=\"3\"/></pattern></defs>\n");
        return this;
    }

    /** A colour fading out to the right: an end that is not known. */
    SvgCanvas fade(String local, String colour) {
        svg.append("<defs><linearGradient id=\"").append(id(local)).append("\"><stop offset=\"0\" stop-color=\"")
            .append(colour).append("\"/><stop offset=\"1\" stop-color=\"").append(colour)
            .append("\" stop-opacity=\"0.08\"/></linearGradient></defs>\n");
        return this;
    }

    String ref(String local) {
        return "url(#" + id(local) + ")";
    }

    SvgCanvas rect(double x, double y, double width, double height, String fill) {
        return rect(x, y, width, height, fill, null);
    }

    SvgCanvas rect(double x, double y, double width, double height, String fill, String stroke) {
        if (width <= 0 || height <= 0) {
            return this;
        }
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
            .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
        }
        svg.append("/>\n");
        return this;
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
            .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append('"')
            .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        return this;
    }

    /** Text, cut with an ellipsis past {@code maxChars} (the data table below shows it whole). */
    SvgCanvas text(double x, double y, String text, String anchor, String fill, boolean bold, int maxChars) {
        String shown = text.length() > maxChars ? text.substring(0, Math.max(1, maxChars - 1)) + "…" : text;
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
            .append("\" fill=\"").append(fill).append('"').append(bold ? " font-weight=\"bold\"" : "").append('>')
            .append(Xml.escape(shown)).append("</text>\n");
        return this;
    }

    /** A legend entry: a swatch and its words; returns the x after it. */
    double legend(double x, double y, String fill, String words) {
        rect(x, y - 10, 14, 12, fill, INK);
        text(x + 20, y, words, "start", INK, false, 60);
        return x + 20 + words.length() * 7.2 + 24;
    }

    String close() {
        return svg.append("</svg>\n").toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
