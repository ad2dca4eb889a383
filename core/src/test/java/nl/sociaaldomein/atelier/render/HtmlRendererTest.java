package nl.sociaaldomein.atelier.render;

import static nl.sociaaldomein.atelier.render.XmlDocuments.SVG;
import static nl.sociaaldomein.atelier.render.XmlDocuments.XHTML;
import static nl.sociaaldomein.atelier.render.XmlDocuments.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void sampleIsWellFormedXhtmlWithEveryTable() {
        Report report = SampleReport.build();
        Document html = XmlDocuments.parse(renderer.renderToBytes(report, RenderOptions.defaults()));

        assertThat(html.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
        assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("nl-NL");
        List<String> captions = elements(html, XHTML, "caption").stream().map(Element::getTextContent)
            .collect(Collectors.toList());
        assertThat(captions).containsExactly("Toekenningen Innovatieateliers Sociaal Domein", "Stand van zaken experimenten");
        // 2 report tables and one data table under each of the 3 charts.
        assertThat(elements(html, XHTML, "table")).hasSize(report.tables().size() + 3);
        assertThat(elements(html, XHTML, "tfoot").get(0).getTextContent()).contains("Totaal", "€ 887.685");
    }

    @Test
    void isStandaloneWithoutScriptsOrExternalResources() {
        Document html = XmlDocuments.parse(renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults()));
        for (Element element : XmlDocuments.all(html)) {
            assertThat(element.getLocalName()).isNotIn("script", "link", "img", "iframe", "object", "embed");
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                assertThat(attribute.getName()).doesNotStartWith("on");
                assertThat(attribute.getName()).isNotIn("href", "src");
            }
        }
        assertThat(elements(html, XHTML, "meta").stream().map(m -> m.getAttribute("name")))
            .contains("viewport");
        assertThat(elements(html, XHTML, "style").get(0).getTextContent()).contains("@media print", "overflow-x: auto");
    }

    @Test
    void everyChartIsAnSvgWithTitleAndDescription() {
        Document html = XmlDocuments.parse(renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults()));
        List<Element> charts = elements(html, SVG, "svg");
        assertThat(charts).hasSize(3);
        for (Element svg : charts) {
            Element title = (Element) svg.getElementsByTagNameNS(SVG, "title").item(0);
            Element desc = (Element) svg.getElementsByTagNameNS(SVG, "desc").item(0);
            assertThat(title.getTextContent()).isNotBlank();
            assertThat(desc.getTextContent()).isNotBlank();
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
        }
        assertThat(charts.get(0).getTextContent()).contains("€ 887.685", "93,8% benut");
        assertThat(elements(html, XHTML, "figcaption")).hasSize(3);
    }

    @Test
    void timelineShowsImpreciseAndOpenEndsDistinctly() {
        String html = new String(renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(html).contains("fill=\"url(#figure-3-imprecise)\"", "fill=\"url(#figure-3-open)\"");
        assertThat(html).contains("Datum onnauwkeurig", "Einde open");
    }

    @Test
    void hostileTextShowsAsTextAndNeverAsMarkup() {
        byte[] bytes = renderer.renderToBytes(HostileReport.build(), RenderOptions.defaults());
        Document html = XmlDocuments.parse(bytes);
        assertThat(elements(html, "*", "script")).isEmpty();
        assertThat(elements(html, "*", "img")).isEmpty();
        assertThat(elements(html, XHTML, "td").stream().map(Element::getTextContent))
            .contains(HostileReport.SCRIPT, HostileReport.ATTRIBUTE_BREAK);
        assertThat(elements(html, XHTML, "h1").get(0).getTextContent()).startsWith("# " + HostileReport.SCRIPT + " & ]]>");
        assertThat(elements(html, SVG, "svg")).hasSize(2);
    }
}
