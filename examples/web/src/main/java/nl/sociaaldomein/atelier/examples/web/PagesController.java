package nl.sociaaldomein.atelier.examples.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.spring.autoconfigure.ProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The server-rendered pages for the people who run the call: the call and its phases, the
 * initiatives with their assessments, the decisions with their motivations, the budget per pot
 * with its chart (and the form to pay an advance or settle a grant), the experiments register with
 * the reviews due, and the reports to download. Everything a user typed is shown as text.
 */
@Controller
public class PagesController {

    private final ViewMaker views;
    private final RoundDesk round;
    private final ExperimentsDesk experiments;
    private final ReportDesk reports;
    private final LedgerDesk ledger;
    private final TrialDesk trial;

    public PagesController(ViewMaker views, RoundDesk round, ExperimentsDesk experiments, ReportDesk reports, LedgerDesk ledger,
                           TrialDesk trial) {
        this.trial = trial;
        this.views = views;
        this.round = round;
        this.experiments = experiments;
        this.reports = reports;
        this.ledger = ledger;
    }

    @ModelAttribute("round")
    Views.Round roundView() {
        return views.round();
    }

    @GetMapping("/")
    String call(Model model) {
        model.addAttribute("page", "call");
        return "call";
    }

    @GetMapping("/initiatives")
    String initiatives(Model model) {
        model.addAttribute("page", "initiatives");
        model.addAttribute("initiatives", views.initiatives());
        return "initiatives";
    }

    @GetMapping("/decisions")
    String decisions(Model model) {
        model.addAttribute("page", "decisions");
        model.addAttribute("decisions", views.decisions());
        return "decisions";
    }

    @GetMapping("/budget")
    String budget(@RequestParam(name = "asOf", required = false) String asOf, @RequestParam(name = "knownAt", required = false) String knownAt,
                  Model model, Locale locale) {
        Moments.Asked asked = Moments.of(asOf, knownAt, round.decisionDate());
        model.addAttribute("page", "budget");
        model.addAttribute("budget", views.budget(asked.asOf(), asked.knownAt()));
        model.addAttribute("chart", ReportFragments.main(reports.render("budget-overview", "html", Optional.of(asked.asOf()),
            asked.knownAt(), locale).bytes()));
        if (!model.containsAttribute("payment")) {
            model.addAttribute("payment", new PaymentForm("", "", "", "", "advance"));
        }
        return "budget";
    }

    /** The budget page's form: an advance or a settlement on a grant. */
    public record PaymentForm(String initiativeId, String amount, String date, String reason, String kind) {
    }

    @PostMapping("/budget/payments")
    String pay(@ModelAttribute PaymentForm form, Principal user, RedirectAttributes redirect) {
        LedgerDesk.Kind kind = "settlement".equals(form.kind()) ? LedgerDesk.Kind.SETTLEMENT : LedgerDesk.Kind.ADVANCE;
        String initiative = form.initiativeId() == null ? "" : form.initiativeId().strip();
        try {
            Views.Posted posted = ViewMaker.posted(ledger.pay(kind, initiative, new Payment(form.amount(), form.date(), form.reason(), null),
                user.getName()));
            redirect.addFlashAttribute("posted", posted);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("payment", form);
        }
        return "redirect:/budget";
    }

    @GetMapping("/trial")
    String trial(Model model) {
        model.addAttribute("page", "trial");
        model.addAttribute("trial", ViewMaker.trial(trial));
        if (!model.containsAttribute("submission")) {
            model.addAttribute("submission", new TrialInput.Submission("", "", "organisation", "", "", ""));
        }
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm("", "granted", "", "", ""));
        }
        if (!model.containsAttribute("scoring")) {
            model.addAttribute("scoring", new ScoringForm("", "", "", Map.of()));
        }
        if (!model.containsAttribute("objection")) {
            model.addAttribute("objection", new ObjectionForm("", "", ""));
        }
        if (!model.containsAttribute("objectionDecision")) {
            model.addAttribute("objectionDecision", new ObjectionDecisionForm("", "rejected", "granted", "", "", ""));
        }
        return "trial";
    }

    /** The trial page's scoring form: the initiative, the assessor, the day, and a score per criterion (fields {@code score-<criterion>}). */
    public record ScoringForm(String initiativeId, String assessor, String date, Map<String, String> scores) {
    }

    /** The trial page's objection form: the initiative, the grounds and the day received. */
    public record ObjectionForm(String initiativeId, String grounds, String date) {
    }

    /** The trial page's form for the decision on an objection. */
    public record ObjectionDecisionForm(String initiativeId, String outcome, String decision, String amount, String date, String motivation) {
    }

    static final String SCORE_FIELD = "score-";

    @PostMapping("/trial/scores")
    String score(@RequestParam Map<String, String> fields, Principal user, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(SCORE_FIELD) && value != null && !value.isBlank()) {
                String criterion = name.substring(SCORE_FIELD.length());
                typed.put(criterion, value);
                try {
                    scores.put(criterion, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
                    problems.add(Problem.invalid("input.score-invalid", LedgerDesk.field("/scores/" + criterion),
                        "geen geheel getal: '" + shown + "'", "not a whole number: '" + shown + "'"));
                }
            }
        });
        String initiative = fields.getOrDefault("initiativeId", "").strip();
        ScoringForm form = new ScoringForm(initiative, fields.get("assessor"), fields.get("date"), typed);
        return trialStep(() -> {
            if (!problems.isEmpty()) {
                // A score that is no number is named with the date's mistake, if any, all at once.
                LedgerDesk.date(form.date(), "/date", problems);
                throw new ProblemException(problems);
            }
            return trial.score(initiative, new TrialInput.Scores(form.assessor(), scores, form.date()), user.getName());
        }, "scoring", form, redirect);
    }

    @PostMapping("/trial/objections")
    String object(@ModelAttribute ObjectionForm form, Principal user, RedirectAttributes redirect) {
        String initiative = form.initiativeId() == null ? "" : form.initiativeId().strip();
        return trialStep(() -> trial.object(initiative, new TrialInput.Objection(form.grounds(), form.date()), user.getName()), "objection",
            form, redirect);
    }

    @PostMapping("/trial/objections/decision")
    String decideObjection(@ModelAttribute ObjectionDecisionForm form, Principal user, RedirectAttributes redirect) {
        String initiative = form.initiativeId() == null ? "" : form.initiativeId().strip();
        return trialStep(() -> trial.decideObjection(initiative, new TrialInput.ObjectionDecision(form.outcome(), form.decision(), form.amount(),
            form.date(), form.motivation()), user.getName()), "objectionDecision", form, redirect);
    }

    /** The trial page's decision form: the initiative, and the decision on it. */
    public record DecisionForm(String initiativeId, String decision, String amount, String date, String motivation) {
    }

    @PostMapping("/trial/initiatives")
    String submit(@ModelAttribute TrialInput.Submission form, Principal user, RedirectAttributes redirect) {
        return trialStep(() -> trial.submit(form, user.getName()), "submission", form, redirect);
    }

    @PostMapping("/trial/assessment/close")
    String closeAssessment(@ModelAttribute TrialInput.Closing form, Principal user, RedirectAttributes redirect) {
        return trialStep(() -> trial.closeAssessment(form, user.getName()), "closing", form, redirect);
    }

    @PostMapping("/trial/decisions")
    String decide(@ModelAttribute DecisionForm form, Principal user, RedirectAttributes redirect) {
        String initiative = form.initiativeId() == null ? "" : form.initiativeId().strip();
        return trialStep(() -> trial.decide(initiative, new TrialInput.Decision(form.decision(), form.amount(), form.date(), form.motivation()),
            user.getName()), "decision", form, redirect);
    }

    /** Runs a step of the trial round; a refusal comes back on the page with the form as it was filled in. */
    private static String trialStep(Supplier<?> step, String formName, Object form, RedirectAttributes redirect) {
        return command(step, formName, form, "/trial", redirect);
    }

    /** Runs a command from a page's form; a refusal comes back on {@code page} with the form as it was filled in. */
    private static String command(Supplier<?> command, String formName, Object form, String page, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", command.get());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute(formName, form);
        }
        return "redirect:" + page;
    }

    @GetMapping("/experiments")
    String experiments(@RequestParam(name = "on", required = false) String on, Model model) {
        model.addAttribute("page", "experiments");
        Views.Experiments register = views.experiments(Moments.of(on, null, experiments.latestDay()).asOf());
        model.addAttribute("register", register);
        String first = register.experiments().isEmpty() ? "" : register.experiments().get(0).number();
        if (!model.containsAttribute("measurement")) {
            model.addAttribute("measurement", new MeasurementForm(first, "", "", "", "", "", ""));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm(first, "continue", "", "", "", null, ""));
        }
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new StepForm(first, "start", "", ""));
        }
        model.addAttribute("reportDate", experiments.reportDate());
        model.addAttribute("steps", ExperimentCommandReader.STEPS);
        model.addAttribute("verdicts", ExperimentCommandReader.VERDICT_NAMES);
        return "experiments";
    }

    /** The experiments page's measurement form: the experiment, and the measurement. */
    public record MeasurementForm(String number, String kpi, String value, String measuredOn, String source, String note, String date) {
    }

    /** The experiments page's review form: the experiment, and the review. */
    public record ReviewForm(String number, String verdict, String reason, String by, String newEnd, Boolean decides, String date) {
    }

    /** The experiments page's step form: the experiment, and the step. */
    public record StepForm(String number, String step, String newEnd, String date) {
    }

    @PostMapping("/experiments/measurements")
    String measure(@ModelAttribute MeasurementForm form, Principal user, RedirectAttributes redirect) {
        return command(() -> experiments.measure(form.number(), new ExperimentInput.Measurement(form.kpi(), form.value(),
            form.measuredOn(), form.source(), form.note(), form.date()), user.getName()), "measurement", form, "/experiments", redirect);
    }

    @PostMapping("/experiments/reviews")
    String review(@ModelAttribute ReviewForm form, Principal user, RedirectAttributes redirect) {
        return command(() -> experiments.review(form.number(), new ExperimentInput.Review(form.verdict(), form.reason(), form.by(),
            form.newEnd(), form.decides(), form.date()), user.getName()), "review", form, "/experiments", redirect);
    }

    @PostMapping("/experiments/steps")
    String step(@ModelAttribute StepForm form, Principal user, RedirectAttributes redirect) {
        return command(() -> experiments.step(form.number(), new ExperimentInput.Step(form.step(), form.newEnd(), form.date()),
            user.getName()), "step", form, "/experiments", redirect);
    }

    @GetMapping("/reports")
    String reportList(Model model, Locale locale) {
        model.addAttribute("page", "reports");
        model.addAttribute("reports", views.reports(locale));
        return "reports";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<byte[]> report(@PathVariable("id") String id, @RequestParam(name = "format", defaultValue = "html") String format,
                                  Locale locale) {
        ReportDesk.Rendered rendered = reports.render(id, format, Optional.empty(), Optional.empty(), locale);
        boolean html = rendered.mediaType().startsWith("text/html");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, (html ? "inline" : "attachment") + "; filename=\"" + rendered.fileName() + "\"")
            .body(rendered.bytes());
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("page", "login");
        return "login";
    }

    /** A page asked with a wrong parameter says what is wrong, in the page's language, with the right status. */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<String> problems(ProblemException e, Locale locale) {
        List<Problem> problems = e.problems();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
            .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<link rel=\"stylesheet\" href=\"/style.css\"><title>Atelier</title></head><body><main><h1>")
            .append(locale.getLanguage().equals("en") ? "This cannot be shown" : "Dit kan niet worden getoond").append("</h1><ul>");
        problems.forEach(p -> html.append("<li>").append(org.springframework.web.util.HtmlUtils.htmlEscape(p.describe(locale))).append("</li>"));
        html.append("</ul><p><a href=\"/\">Atelier</a></p></main></body></html>");
        return ResponseEntity.status(ProblemDetails.status(problems)).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .body(html.toString());
    }
}
