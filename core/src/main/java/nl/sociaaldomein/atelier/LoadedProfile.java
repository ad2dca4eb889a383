package nl.sociaaldomein.atelier;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.render.Reports;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * A municipality profile ready to use: what the municipality decided (frameworks, allocation
 * policy, thresholds, calendar, report formats, how its experiment register is numbered and
 * worded), read through typed getters. This is what an embedding application holds; Guice wires
 * the profile behind it and never reaches the caller. Immutable and safe to share between
 * threads: every getter returns the same objects each time.
 *
 * <pre>{@code
 * LoadedProfile groningen = Atelier.profile("groningen");
 * CriteriaFramework framework = groningen.framework("innovatieatelier").orElseThrow();
 * ReportFormat annex = groningen.reportFormat("grants-annex").orElseThrow();
 * }</pre>
 */
public final class LoadedProfile {

    private final MunicipalityProfile definition;
    private final Municipality municipality;
    private final Thresholds thresholds;
    private final PlanningCalendar calendar;
    private final SortedMap<String, CriteriaFramework> frameworks;
    private final Optional<CriteriaFramework> defaultFramework;
    private final Optional<AllocationPolicy> allocationPolicy;
    private final SortedMap<String, ReportFormat> reportFormats;
    private final ReviewCadence reviewCadence;
    private final ExperimentNumbering experimentNumbering;
    private final Optional<OutcomeVocabulary> outcomeVocabulary;

    /** Reads everything from a loaded injector once, so that no getter touches Guice again. */
    LoadedProfile(MunicipalityProfile definition, Injector injector) {
        this.definition = definition;
        this.municipality = injector.getInstance(Municipality.class);
        this.thresholds = injector.getInstance(Thresholds.class);
        this.calendar = injector.getInstance(PlanningCalendar.class);
        this.frameworks = sorted(injector.getInstance(ProfileContract.named(CriteriaFramework.class)));
        this.defaultFramework = injector.getInstance(ProfileContract.optional(CriteriaFramework.class));
        this.allocationPolicy = injector.getInstance(ProfileContract.optional(AllocationPolicy.class));
        this.reportFormats = sorted(injector.getInstance(ProfileContract.named(ReportFormat.class)));
        this.reviewCadence = injector.getInstance(ReviewCadence.class);
        this.experimentNumbering = injector.getInstance(ExperimentNumbering.class);
        this.outcomeVocabulary = injector.getExistingBinding(Key.get(OutcomeVocabulary.class)) == null ? Optional.empty()
            : Optional.of(injector.getInstance(OutcomeVocabulary.class));
    }

    private static <T> SortedMap<String, T> sorted(Map<String, T> named) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(named));
    }

    /** {@return the profile's id, e.g. {@code groningen}} */
    public String id() {
        return definition.id();
    }

    /** {@return the municipality's name as people write it, e.g. {@code Oost Gelre}} */
    public String displayName() {
        return definition.displayName();
    }

    /** {@return the municipality's code at Statistics Netherlands, e.g. {@code GM0014}} */
    public CbsCode cbsCode() {
        return definition.cbsCode();
    }

    /** {@return the municipality as portfolios and reports name it} */
    public Municipality municipality() {
        return municipality;
    }

    /** {@return the language the municipality's reports and messages use unless a caller asks otherwise} */
    public Locale defaultLocale() {
        return definition.defaultLocale();
    }

    /** {@return the profile as its author wrote it (the SPI object), for callers that need its class or module} */
    public MunicipalityProfile definition() {
        return definition;
    }

    /** {@return the profile's thresholds, with any overrides the profile was loaded with laid over them} */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** {@return when the municipality plans, decides and reports} */
    public PlanningCalendar calendar() {
        return calendar;
    }

    /** {@return the criteria frameworks by id, sorted; empty for a municipality that assesses nothing} */
    public SortedMap<String, CriteriaFramework> frameworks() {
        return frameworks;
    }

    /**
     * The criteria framework with this id.
     *
     * @param id the framework's id
     * @return the framework, or empty when the profile has none by that id
     */
    public Optional<CriteriaFramework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** {@return the framework the profile chose as its default, if it chose one} */
    public Optional<CriteriaFramework> defaultFramework() {
        return defaultFramework;
    }

    /** {@return how the municipality allocates a call's money when no committee decides; empty when it did not say} */
    public Optional<AllocationPolicy> allocationPolicy() {
        return allocationPolicy;
    }

    /** {@return every report format by id, sorted: the library's general formats and the municipality's own} */
    public SortedMap<String, ReportFormat> reportFormats() {
        return reportFormats;
    }

    /**
     * The report format with this id.
     *
     * @param id the format's id, e.g. {@code grants-annex}
     * @return the format, or empty when neither the library nor the profile has one by that id
     */
    public Optional<ReportFormat> reportFormat(String id) {
        return Optional.ofNullable(reportFormats.get(id));
    }

    /**
     * The report of this format built from the dossier in the options' language, or the problem:
     * {@code report.unknown-format} (naming the profile's formats) or
     * {@code report.dossier-incomplete} (what the dossier lacks for it).
     *
     * @param formatId the report format's id
     * @param dossier  what the report is about, as of its date
     * @param options  language and audience (public or internal)
     * @return the report, or the problems
     */
    public Result<Report> report(String formatId, Dossier dossier, RenderOptions options) {
        return format(formatId).flatMap(format -> Reports.build(format, dossier, options));
    }

    /**
     * The report of this format written as {@code markdown}, {@code html}, {@code csv} or
     * {@code json}, built and rendered with the same options (one choice of language and
     * audience), or the problems as for {@link #report}, and {@code report.unknown-output} for an
     * output format the library does not write.
     *
     * @param formatId     the report format's id
     * @param dossier      what the report is about, as of its date
     * @param outputFormat {@code markdown}, {@code html}, {@code csv} or {@code json}
     * @param options      language and audience (public or internal)
     * @return the bytes of the rendered report (UTF-8), or the problems
     */
    public Result<byte[]> render(String formatId, Dossier dossier, String outputFormat, RenderOptions options) {
        Result<ReportRenderer> renderer = Renderers.standard().forFormat(outputFormat);
        return Result.combine(format(formatId), renderer, (format, writer) -> Reports.render(format, dossier, writer, options))
            .flatMap(rendered -> rendered);
    }

    /**
     * A round file (docs/round-format.md) read for this municipality: every problem in the file at
     * once, each with its code ({@code input.syntax}, {@code input.unknown-field}, … see
     * docs/embedding.md) and placed at its line, column and JSON path, or the round's
     * plan with its call under this profile's limits (the stricter maximum and minimum win,
     * {@link Thresholds#applyTo}). Nothing is posted or kept.
     *
     * @param file the round file, JSON or YAML
     * @return the plan, or every problem in the file
     */
    public Result<RoundPlan> readRound(Path file) {
        return RoundFileReader.read(file).map(plan -> plan.withCall(thresholds().applyTo(plan.call())));
    }

    private Result<ReportFormat> format(String formatId) {
        ReportFormat format = reportFormats.get(formatId);
        if (format != null) {
            return Result.ok(format);
        }
        String known = String.join(", ", reportFormats.keySet());
        return Result.failed(Problem.notFound("report.unknown-format", Place.about("report-format", formatId),
            "profiel " + id() + " kent geen rapport '" + formatId + "'; bekend: " + known,
            "profile " + id() + " has no report '" + formatId + "'; known: " + known));
    }

    /** {@return when experiments are reviewed (Oost Gelre: every quarter; the library default: half-yearly and at the end)} */
    public ReviewCadence reviewCadence() {
        return reviewCadence;
    }

    /** {@return how the municipality numbers its experiments (plain {@code 1)} or year-based {@code 14-3})} */
    public ExperimentNumbering experimentNumbering() {
        return experimentNumbering;
    }

    /**
     * A reader for the municipality's experiment register, with its numbering and outcome words;
     * empty when the profile does not say which outcome words its register uses.
     *
     * @return the reader, or empty
     */
    public Optional<ExperimentRegisterReader> registerReader() {
        return outcomeVocabulary.map(words -> new ExperimentRegisterReader(experimentNumbering, words));
    }

    /**
     * Jackson modules the profile adds for values of its own (most add none); {@code atelier-jackson}'s
     * {@code AtelierJacksonModule.withProfile(profile)} registers them with the host's mapper.
     *
     * @return the modules, possibly none
     */
    public List<com.fasterxml.jackson.databind.Module> jacksonModules() {
        return definition.jacksonModules();
    }

    @Override
    public String toString() {
        return "LoadedProfile[" + id() + ", " + displayName() + " (" + cbsCode().value() + ")]";
    }
}
