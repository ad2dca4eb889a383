package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.ImmutablePortfolio;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.NaturalPerson;
import nl.sociaaldomein.atelier.initiative.Organisation;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Initiatives and what they are made of, with the field names of the portfolio file format
 * (docs/portfolio-format.md) and amounts as {@link MoneyShape}.
 *
 * <p><b>A natural person's name is personal data.</b> It is written only when the write is for
 * {@link Audience#INTERNAL}; for the default public audience the applicant is written as the
 * sources write it, {@code {"kind": "natural-person", "name": "Particulier"}}, exactly as every
 * public report shows it, so the name cannot leak through a host's API by accident. Reading
 * takes the name as it stands (JSON from a public write reads back as a person named
 * "Particulier").
 */
public final class InitiativeShapes {

    /** A CBS code as its text, {@code "GM0014"}. */
    public static final Shape<CbsCode> CBS_CODE = Shape.string(CbsCode.class, CbsCode::value, CbsCode::new);

    /** An organisation kind as its code, {@code "foundation"}. */
    public static final Shape<OrganisationKind> ORGANISATION_KIND =
        Shape.string(OrganisationKind.class, OrganisationKind::code, OrganisationKind::new);

    /** An intake channel as its code, {@code "right-to-challenge"}. */
    public static final Shape<IntakeChannel> INTAKE_CHANNEL = Shape.string(IntakeChannel.class, IntakeChannel::code, IntakeChannel::new);

    /** A legal framework as its code, {@code "wmo-2015"}. */
    public static final Shape<LegalFramework> LEGAL_FRAMEWORK = Shape.string(LegalFramework.class, LegalFramework::code, LegalFramework::new);

    /** {@code {"name": "Groningen", "cbsCode": "GM0014"}}. */
    public static final ObjectShape<Municipality> MUNICIPALITY = Shape.object(Municipality.class, (m, out) -> {
        out.field("name", m.name());
        out.field("cbsCode", m.cbsCode(), CBS_CODE);
    }, in -> {
        String name = in.string("name");
        CbsCode code = in.get("cbsCode", CBS_CODE);
        return in.build(() -> Municipality.of(name, code.value()));
    });

    /**
     * {@code {"kind": "organisation", "name": "St Kas-Vital", "organisationKind": "foundation"}},
     * {@code {"kind": "natural-person", "name": ...}} (the name only for an internal audience,
     * "Particulier" otherwise) or {@code {"kind": "unknown"}}.
     */
    public static final Shape<Applicant> APPLICANT = new Shape<>() {
        @Override
        public Class<Applicant> type() {
            return Applicant.class;
        }

        @Override
        public void write(Applicant applicant, JsonOut out) {
            out.startObject();
            if (applicant instanceof Organisation organisation) {
                out.field("kind", "organisation");
                out.field("name", organisation.name());
                out.field("organisationKind", organisation.kind(), ORGANISATION_KIND);
            } else if (applicant instanceof NaturalPerson) {
                out.field("kind", NaturalPerson.KIND_CODE);
                // nameFor is the one place that decides what an audience may see.
                out.field("name", applicant.nameFor(out.options().audience()));
            } else {
                out.field("kind", "unknown");
            }
            out.endObject();
        }

        @Override
        public Applicant read(JsonIn in) {
            if (!in.requireObject()) {
                return null;
            }
            String kind = in.string("kind");
            if (kind == null) {
                return null;
            }
            switch (kind) {
                case "organisation": {
                    String name = in.string("name");
                    OrganisationKind organisationKind = in.optional("organisationKind", ORGANISATION_KIND).orElse(OrganisationKind.UNKNOWN);
                    return in.build(() -> Applicant.organisation(name, organisationKind));
                }
                case NaturalPerson.KIND_CODE: {
                    String name = in.string("name");
                    return in.build(() -> Applicant.naturalPerson(name));
                }
                case "unknown":
                    return UnknownApplicant.INSTANCE;
                default:
                    in.fieldProblem("kind", "must be one of natural-person, organisation, unknown, not '" + kind + "'");
                    return null;
            }
        }
    };

    /**
     * An initiative with the portfolio format's field names; absent optional fields are
     * {@code null}, lists are always there.
     */
    public static final ObjectShape<Initiative> INITIATIVE = Shape.object(Initiative.class, (i, out) -> {
        out.field("id", i.id());
        out.field("title", i.title());
        out.optional("description", i.description());
        out.field("applicant", i.applicant(), APPLICANT);
        out.optional("requestedAmount", i.requestedAmount(), MoneyShape.MONEY);
        out.list("themes", i.themes(), Basic.STRING);
        out.list("targetGroups", i.targetGroups(), Basic.STRING);
        out.list("legalFrameworks", i.legalFrameworks(), LEGAL_FRAMEWORK);
        out.optional("neighbourhood", i.neighbourhood());
        out.optional("intakeChannel", i.intakeChannel(), INTAKE_CHANNEL);
        out.optional("submissionDate", i.submissionDate(), Basic.DAY);
        out.optional("note", i.note());
    }, InitiativeShapes::initiative);

    /** From {@code start} to {@code end}: {@code {"start": "2016-01-01", "end": "2016-12-31"}}. */
    public static final ObjectShape<Portfolio.Period> PERIOD = Shape.object(Portfolio.Period.class, (p, out) -> {
        out.field("start", p.start());
        out.field("end", p.end());
    }, in -> {
        LocalDate start = in.get("start", Basic.DAY);
        LocalDate end = in.get("end", Basic.DAY);
        return in.build(() -> new Portfolio.Period(start, end));
    });

    /** A portfolio: municipality, title, source, period and the initiatives. */
    public static final ObjectShape<Portfolio> PORTFOLIO = Shape.object(Portfolio.class, (p, out) -> {
        out.field("municipality", p.municipality(), MUNICIPALITY);
        out.optional("title", p.title());
        out.optional("source", p.source());
        out.optional("period", p.period(), PERIOD);
        out.list("initiatives", p.initiatives(), INITIATIVE);
    }, in -> {
        Municipality municipality = in.get("municipality", MUNICIPALITY);
        Optional<String> title = in.optionalString("title");
        Optional<String> source = in.optionalString("source");
        Optional<Portfolio.Period> period = in.optional("period", PERIOD);
        List<Initiative> initiatives = in.list("initiatives", INITIATIVE);
        return in.build(() -> ImmutablePortfolio.builder().municipality(municipality).title(title).source(source).period(period)
            .initiatives(initiatives).build());
    });

    private InitiativeShapes() {
    }

    private static Initiative initiative(JsonIn in) {
        String id = in.string("id");
        String title = in.string("title");
        Optional<String> description = in.optionalString("description");
        Applicant applicant = in.get("applicant", APPLICANT);
        Optional<Money> requested = in.optional("requestedAmount", MoneyShape.MONEY);
        List<String> themes = in.list("themes", Basic.STRING);
        List<String> targetGroups = in.list("targetGroups", Basic.STRING);
        List<LegalFramework> frameworks = in.list("legalFrameworks", LEGAL_FRAMEWORK);
        Optional<String> neighbourhood = in.optionalString("neighbourhood");
        Optional<IntakeChannel> channel = in.optional("intakeChannel", INTAKE_CHANNEL);
        Optional<LocalDate> submitted = in.optional("submissionDate", Basic.DAY);
        Optional<String> note = in.optionalString("note");
        return in.build(() -> ImmutableInitiative.builder().id(id).title(title).description(description).applicant(applicant)
            .requestedAmount(requested).themes(themes).targetGroups(targetGroups).legalFrameworks(frameworks)
            .neighbourhood(neighbourhood).intakeChannel(channel).submissionDate(submitted).note(note).build());
    }
}
