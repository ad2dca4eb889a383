package nl.sociaaldomein.atelier.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.sociaaldomein.atelier.report.Report;

/**
 * Writes a report in one format. A profile adds a format by binding one more implementation;
 * format ids are lower-case and unique ({@code markdown}, {@code html}, {@code csv}, {@code json}).
 */
public interface ReportRenderer {

    /** {@return the id a user names the format by, e.g. {@code html}} */
    String formatId();

    /** {@return the media type of the output, with its charset, e.g. {@code text/html; charset=UTF-8}} */
    String mediaType();

    /** {@return the usual file extension without the dot, e.g. {@code html}} */
    String fileExtension();

    /**
     * Writes the report to {@code out} (not closed) for the options' locale and audience.
     *
     * @param report  the report, built with the same options
     * @param options the language and audience
     * @param out     where the output goes
     * @throws IOException when {@code out} cannot be written
     */
    void render(Report report, RenderOptions options, OutputStream out) throws IOException;

    /**
     * The whole output in memory; convenient for tests and small reports.
     *
     * @param report  the report, built with the same options
     * @param options the language and audience
     * @return the output
     */
    default byte[] renderToBytes(Report report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }
}
