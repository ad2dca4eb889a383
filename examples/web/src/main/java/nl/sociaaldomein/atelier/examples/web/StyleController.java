package nl.sociaaldomein.atelier.examples.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /style.css}: the library's report style sheet (readable on a phone, printable, the
 * charts' colours), so that the embedded reports look as they do on their own, followed by the
 * application's few rules for its navigation and forms.
 */
@RestController
public class StyleController {

    private final String css;

    public StyleController(ReportDesk reports) {
        String page = new String(reports.render("budget-overview", "html", Optional.empty(), Optional.empty(),
            LanguageConfiguration.DUTCH).bytes(), StandardCharsets.UTF_8);
        int start = page.indexOf("<style>");
        int end = page.indexOf("</style>");
        String library = start >= 0 && end > start ? page.substring(start + "<style>".length(), end) : "";
        this.css = library + "\n" + APPLICATION;
    }

    @GetMapping(path = "/style.css", produces = "text/css")
    public ResponseEntity<String> css() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
            .cacheControl(CacheControl.noCache()).body(css);
    }

    private static final String APPLICATION = String.join("\n",
        "a { color: #0b4f7c; } a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f4b400; outline-offset: 2px; }",
        ".skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 9; }",
        "header.site { background: #0b4f7c; color: #fff; padding: 0.5rem 1rem; }",
        "header.site a { color: #fff; } header.site .brand { font-weight: bold; font-size: 1.1rem; text-decoration: none; }",
        "header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0 0; }",
        "header.site nav a[aria-current=page] { text-decoration: underline; font-weight: bold; text-underline-offset: 4px; }",
        ".tools { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-top: 0.5rem; font-size: 0.9rem; }",
        ".tools form { display: inline; } .tools button { background: none; border: 1px solid #fff; color: #fff; padding: 0.1rem 0.5rem; }",
        "form.stack { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; max-width: 32rem; } form.stack label { font-weight: bold; }",
        // A long initiative title in a select must not widen the page on a phone.
        "form.stack select, form.stack input, form.stack textarea { min-width: 0; max-width: 100%; }",
        "input, select, textarea, button { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #5c6670; border-radius: 3px; }",
        "button.primary { background: #0b4f7c; color: #fff; border-color: #0b4f7c; cursor: pointer; }",
        ".problems { border-left: 4px solid #b3261e; background: #fbeeed; padding: 0.5rem 1rem; }",
        ".done { border-left: 4px solid #1e7b34; background: #edf7ef; padding: 0.5rem 1rem; }",
        ".bar { background: #e1e6ea; height: 0.75rem; min-width: 6rem; } .bar span { display: block; height: 100%; background: #1f5f8b; }",
        "footer.site { max-width: 75rem; margin: 2rem auto; padding: 0 1rem; font-size: 0.85rem; color: #444; }");
}
