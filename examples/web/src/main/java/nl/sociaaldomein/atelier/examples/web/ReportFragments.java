package nl.sociaaldomein.atelier.examples.web;

import java.nio.charset.StandardCharsets;

/**
 * A report the library rendered as a whole HTML page, cut to the part a page of this application
 * embeds: what is inside its {@code <main>} (headings, tables, the inline SVG charts). The library
 * escaped every text in it when it rendered it.
 */
final class ReportFragments {

    private ReportFragments() {
    }

    static String main(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int start = page.indexOf("<main>");
        int end = page.lastIndexOf("</main>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the library's HTML report has no <main> element");
        }
        return page.substring(start + "<main>".length(), end);
    }
}
