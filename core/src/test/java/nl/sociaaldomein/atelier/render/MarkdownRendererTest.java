package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void amountsAlignRightAndTheTotalIsBold() {
        String md = render(RenderOptions.defaults(), SampleReport.build());
        assertThat(md).contains("| nr | Instantie | naam pitch | bedrag |\n|---:|---|---|---:|\n");
        assertThat(md).contains("|  | **Totaal** |  | **€ 887.685** |");
        assertThat(md).contains("|---|---|:---:|:---:|:---:|:---:|:---:|---|---|---|");
    }

    @Test
    void hostileCellsCannotBreakTheTable() {
        String md = render(RenderOptions.defaults(), HostileReport.build());
        int tables = 0;
        for (String block : md.split("\n\n")) {
            if (!block.startsWith("|")) {
                continue;
            }
            tables++;
            List<String> lines = block.lines().collect(Collectors.toList());
            long header = unescapedPipes(lines.get(0));
            for (String line : lines) {
                assertThat(line).startsWith("|");
                assertThat(unescapedPipes(line)).as(line).isEqualTo(header);
            }
        }
        assertThat(tables).isEqualTo(3);
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>");
        assertThat(md).contains("a \\| b \\\\\\| c d");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void runningTextCannotStartHeadingsListsOrQuotes() {
        String md = render(RenderOptions.defaults(), HostileReport.build());
        assertThat(md).contains("\n\\# kop\n\\- lijst\n1\\. genummerd\n\\> quote ");
        assertThat(md).contains("\\[link\\](javascript:alert(1)) \\!\\[img\\](x) \\`code\\` \\*nadruk\\* \\&amp;");
    }

    static long unescapedPipes(String line) {
        long count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    private String render(RenderOptions options, nl.sociaaldomein.atelier.report.Report report) {
        return new String(renderer.renderToBytes(report, options), StandardCharsets.UTF_8);
    }
}
