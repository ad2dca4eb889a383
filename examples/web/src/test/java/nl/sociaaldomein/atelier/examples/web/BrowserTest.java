package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The pages in a real browser, Debian's headless Chromium driven through ChromeDriver: every main
 * page shows its heading in Dutch (and English on request), a user logs in through the form, pays
 * an advance through the budget page's form (with its CSRF token) and sees the grant and the pot
 * move; a hostile text typed into the form comes back as text. In the trial round a user submits
 * an initiative through the form, closes assessment, takes a decision on it, and the budget page
 * shows the grant. On the experiments page a user records a review through the form (a hostile
 * reason shown as text) after a step the lifecycle refuses came back on the page. The pages are photographed into
 * {@code examples/web/target/screenshots/}; with {@code -Datelier.screenshots.write=true} also into
 * {@code docs/screenshots/} (the copies committed there).
 *
 * <p>The application runs with a store of its own, so that this test's payment does not move the
 * figures the end-to-end test checks. Without {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} it is skipped, saying why, unless {@code ATELIER_REQUIRE_CHROMIUM}
 * is set (as {@code .ci/run} does): then it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "atelier.store=target/web-browser-test/atelier-web.db", "atelier.web.password=" + RunningApp.PASSWORD})
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static final Path DOCS_SHOTS = Path.of("../../docs/screenshots");

    static WebDriver browser;
    static Path profile;

    static {
        Path folder = Path.of("target/web-browser-test");
        delete(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Environment environment;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (System.getenv("ATELIER_REQUIRE_CHROMIUM") != null) {
            assertThat(CHROMIUM).as("Chromium, which this build requires (ATELIER_REQUIRE_CHROMIUM is set)").isExecutable();
            assertThat(CHROMEDRIVER).as("ChromeDriver, which this build requires (ATELIER_REQUIRE_CHROMIUM is set)").isExecutable();
        }
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed (apt-get install chromium chromium-driver to run this test)");
        profile = Files.createTempDirectory("atelier-web-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--lang=nl-NL", "--window-size=1300,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            delete(profile);
        }
    }

    String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    @Test
    void every_main_page_shows_its_heading_in_dutch_and_in_english_on_request() throws IOException {
        List<String[]> pages = List.of(new String[] {"/", "call"}, new String[] {"/initiatives", "initiatives"},
            new String[] {"/decisions", "decisions"}, new String[] {"/budget", "budget"}, new String[] {"/experiments", "experiments"},
            new String[] {"/reports", "reports"}, new String[] {"/trial", "trial"});
        for (String[] page : pages) {
            browser.get(base() + page[0]);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(page[0]).isEqualTo("nl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page[0]).isNotBlank();
            assertThat(browser.findElement(By.cssSelector("a.brand")).getText()).as(page[0]).contains("Groningen");
            shoot("web-" + page[1]);
        }
        browser.get(base() + "/budget?lang=en");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("nav a[href='/decisions']")).getText()).isEqualTo("Decisions");
        browser.get(base() + "/?lang=nl");
        // On a phone the budget table scrolls within the page, the page itself keeps the phone's width.
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base() + "/budget");
            // On a busy machine the first layout can come before the narrow viewport or the style
            // sheet is applied (seen once as 747 pixels): give the page up to ten seconds to settle.
            long pageWidth = Long.MAX_VALUE;
            for (int look = 0; look < 50 && pageWidth > 390; look++) {
                if (look > 0) {
                    sleep(200);
                }
                pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            }
            assertThat(pageWidth).as("the budget page's width on a phone 390 pixels wide").isLessThanOrEqualTo(390L);
            shoot("web-budget-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1300, 1600));
        }
    }

    @Test
    void a_user_logs_in_pays_an_advance_through_the_form_and_the_budget_moves() throws IOException {
        // The page shows the budget as of the decision date (30-06-2016) unless asked for another day.
        browser.get(base() + "/budget?asOf=2016-12-31");
        assertThat(browser.findElements(By.id("payment"))).as("the payment form before logging in").isEmpty();
        String potAdvancedBefore = browser.findElement(By.cssSelector("#pot-wmo-2016 td.advanced")).getText();
        String entriesBefore = browser.findElement(By.id("budget-entries")).getText();

        logIn();
        browser.get(base() + "/budget");
        WebElement form = browser.findElement(By.id("payment"));
        assertThat(form.findElement(By.name("_csrf")).getAttribute("value")).as("the form's CSRF token").isNotBlank();

        // A hostile reason with a wrong amount: refused, nothing booked, and the text comes back as text.
        String hostile = "<script>window.hacked = true</script><b>vet</b>";
        fillPayment("gr2016-01", "veel", "01-07-2016", hostile);
        assertThat(browser.findElement(By.cssSelector("div.problems")).getText()).contains("Niet geboekt");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo(hostile);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined;")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("main b"))).as("no element made of what the user typed").isEmpty();
        shoot("web-budget-refused");
        // Counted as of the same day as before (the page after a refusal shows the decision date).
        browser.get(base() + "/budget?asOf=2016-12-31");
        assertThat(browser.findElement(By.id("budget-entries")).getText()).as("nothing booked").isEqualTo(entriesBefore);

        fillPayment("gr2016-01", "2.500", "01-07-2016", "eerste voorschot");
        assertThat(browser.findElement(By.cssSelector("div.done")).getText()).contains("Geboekt");
        shoot("web-budget-posted");
        browser.get(base() + "/budget?asOf=2016-12-31");
        assertThat(browser.findElement(By.cssSelector("#grant-gr2016-01 td:nth-child(6)")).getText()).isEqualTo("€ 2.500");
        assertThat(browser.findElement(By.cssSelector("#grant-gr2016-01 td:nth-child(4)")).getText()).as("the grant's status, in Dutch")
            .isEqualTo("verleend");
        String potAdvancedAfter = browser.findElement(By.cssSelector("#pot-wmo-2016 td.advanced")).getText();
        assertThat(potAdvancedBefore).isEqualTo("€ 0");
        assertThat(potAdvancedAfter).isEqualTo("€ 2.500");
        assertThat(Integer.parseInt(browser.findElement(By.id("budget-entries")).getText()))
            .isEqualTo(Integer.parseInt(entriesBefore) + 1);
    }

    @Test
    void a_user_submits_an_initiative_through_the_form_takes_a_decision_on_it_and_the_budget_page_shows_the_grant() throws IOException {
        browser.get(base() + "/trial");
        assertThat(browser.findElements(By.id("submission"))).as("the submission form before logging in").isEmpty();
        logIn();
        try {
            submitAndDecide();
        } finally {
            // Log out again: the other tests start as a visitor.
            browser.get(base() + "/trial");
            browser.findElements(By.cssSelector("header.site form button[type=submit]")).forEach(WebElement::click);
        }
        Boolean loggedOut = new WebDriverWait(browser, Duration.ofSeconds(10)).until((WebDriver driver) -> driver.findElements(
            By.cssSelector("header.site form")).isEmpty());
        assertThat(loggedOut).as("logged out").isTrue();
    }

    private void submitAndDecide() throws IOException {
        browser.get(base() + "/trial");
        WebElement form = browser.findElement(By.id("submission"));
        assertThat(form.findElement(By.name("_csrf")).getAttribute("value")).as("the form's CSRF token").isNotBlank();

        // A hostile title from a private person: shown as text, the person as "Particulier".
        String hostile = "Buurtkamer <img src=x onerror=\"window.hacked = true\"><b>vet</b>";
        type("title", hostile);
        type("applicant", "Jan Jansen");
        new Select(browser.findElement(By.id("applicantKind"))).selectByValue("natural-person");
        type("amount", "12.500");
        type("date", "04-07-2016");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(settled("div.done", "proef-01")).contains("Vastgelegd");
        assertThat(browser.findElement(By.cssSelector("#trial-proef-01 td:nth-child(2)")).getText()).isEqualTo(hostile);
        assertThat(browser.findElement(By.cssSelector("#trial-proef-01 td:nth-child(3)")).getText()).isEqualTo("Particulier");
        assertThat(browser.getPageSource()).doesNotContain("Jan Jansen");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined;")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("main b, main img"))).as("no element made of what the user typed").isEmpty();

        type("closeDate", "01-10-2016");
        browser.findElement(By.cssSelector("#closing button[type=submit]")).click();
        settled("div.done", "round.assessment-closed");

        // A decision dated before the closing is refused with the round's reason, and nothing is recorded.
        decide("proef-01", "10.000", "15-09-2016");
        settled("div.problems", "Niet vastgelegd");
        assertThat(browser.findElement(By.id("decisionDate")).getAttribute("value")).isEqualTo("15-09-2016");
        assertThat(browser.findElements(By.cssSelector("#trial-decisions li"))).isEmpty();

        decide("proef-01", "10.000", "14-10-2016");
        settled("div.done", "round.decisions-taken");
        assertThat(browser.findElement(By.cssSelector("#trial-decisions li")).getText()).contains("proef-01").contains("€ 10.000");
        shoot("web-trial-decided");

        openUntilShown("/budget?asOf=2016-12-31", "#grant-proef-01");
        assertThat(browser.findElement(By.cssSelector("#grant-proef-01 td:nth-child(5)")).getText()).isEqualTo("€ 10.000");
        assertThat(browser.findElement(By.cssSelector("#grant-proef-01 td:nth-child(4)")).getText()).isEqualTo("verleend");
        assertThat(browser.findElement(By.cssSelector("#pot-jeugd-2016 td:nth-child(3)")).getText()).as("the pot's granted column")
            .isEqualTo("€ 10.000");
    }

    @Test
    void a_user_records_a_review_through_the_experiments_form_and_a_step_the_lifecycle_refuses_comes_back_on_the_page() throws IOException {
        browser.get(base() + "/experiments");
        assertThat(browser.findElements(By.id("review"))).as("the review form before logging in").isEmpty();
        logIn();
        try {
            browser.get(base() + "/experiments");
            assertThat(browser.findElement(By.id("review")).findElement(By.name("_csrf")).getAttribute("value")).as("the form's CSRF token")
                .isNotBlank();
            // Ondernemend Zuid is running: starting it again is refused with the lifecycle's reason, the form as it was filled in.
            new Select(browser.findElement(By.id("stepNumber"))).selectByValue("1.");
            new Select(browser.findElement(By.id("stepKind"))).selectByValue("start");
            type("stepDate", "01-07-2017");
            browser.findElement(By.cssSelector("#step button[type=submit]")).click();
            assertThat(settled("div.problems", "Niet vastgelegd")).contains("experiment '1'").contains("kan niet van 'Loopt' naar 'Loopt'");
            assertThat(browser.findElement(By.id("stepDate")).getAttribute("value")).isEqualTo("01-07-2017");

            String hostile = "<b>vet</b><img src=x onerror=\"window.hacked = true\"> bijsturen op bereik";
            new Select(browser.findElement(By.id("reviewNumber"))).selectByValue("1.");
            new Select(browser.findElement(By.id("verdict"))).selectByValue("adjust");
            type("reviewReason", hostile);
            type("reviewDate", "01-07-2017");
            browser.findElement(By.cssSelector("#review button[type=submit]")).click();
            assertThat(settled("div.done", "experiment.reviewed")).contains("1.");
            assertThat(browser.findElement(By.cssSelector("ul.reviews li")).getText()).contains("bijsturen").contains(hostile);
            assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined;")).isEqualTo(true);
            assertThat(browser.findElements(By.cssSelector("main b, main img"))).as("no element made of what the user typed").isEmpty();
            shoot("web-experiments-reviewed");
        } finally {
            browser.get(base() + "/experiments");
            browser.findElements(By.cssSelector("header.site form button[type=submit]")).forEach(WebElement::click);
        }
    }

    /** The text of the element once the page after a form post shows {@code expected} in it (the old page may still be there a moment). */
    private String settled(String css, String expected) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            String text = found.isEmpty() ? "" : found.get(0).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /**
     * Opens {@code path} until it shows {@code css} (up to ten seconds, the page fetched again each
     * half second), and fails with what the page showed instead. Once, on a busy build machine, the
     * budget page fetched right after a decision did not show its grant and the test could not say
     * what it showed; this keeps the test from depending on that moment and says what was there.
     */
    private void openUntilShown(String path, String css) {
        for (int look = 0; look < 20; look++) {
            browser.get(base() + path);
            if (!browser.findElements(By.cssSelector(css)).isEmpty()) {
                return;
            }
            sleep(500);
        }
        List<WebElement> main = browser.findElements(By.tagName("main"));
        String shown = main.isEmpty() ? browser.getPageSource() : main.get(0).getText();
        throw new AssertionError(path + " does not show " + css + " after ten seconds; the page at " + browser.getCurrentUrl()
            + " shows:\n" + shown);
    }

    private void logIn() {
        browser.get(base() + "/login");
        if (browser.findElements(By.id("username")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("username")).sendKeys(RunningApp.USER);
        browser.findElement(By.id("password")).sendKeys(RunningApp.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The next page is asked for only once the login has landed: a navigation started while the
        // login's post is still under way cancels it (seen on a busy build machine).
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
            .until(driver -> !driver.findElements(By.cssSelector("header.site form")).isEmpty());
    }

    private void decide(String initiative, String amount, String date) {
        new Select(browser.findElement(By.id("initiativeId"))).selectByValue(initiative);
        new Select(browser.findElement(By.id("decisionKind"))).selectByValue("granted");
        type("decisionAmount", amount);
        type("decisionDate", date);
        type("motivation", "past binnen de oproep");
        browser.findElement(By.cssSelector("#decision button[type=submit]")).click();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void fillPayment(String initiative, String amount, String date, String reason) {
        new Select(browser.findElement(By.id("initiativeId"))).selectByValue(initiative);
        new Select(browser.findElement(By.id("kind"))).selectByValue("advance");
        for (String[] field : new String[][] {{"amount", amount}, {"date", date}, {"reason", reason}}) {
            WebElement input = browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        browser.findElement(By.cssSelector("#payment button[type=submit]")).click();
    }

    private static void shoot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        assertThat(png.length).as("a picture of " + name).isGreaterThan(10_000);
        Files.write(SHOTS.resolve(name + ".png"), png);
        if (Boolean.getBoolean("atelier.screenshots.write")) {
            Files.write(DOCS_SHOTS.resolve(name + ".png"), png);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the page to settle", e);
        }
    }
}
