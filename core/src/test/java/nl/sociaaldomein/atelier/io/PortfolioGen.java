package nl.sociaaldomein.atelier.io;

import static nl.sociaaldomein.atelier.testkit.Gen.weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;

/**
 * Generated portfolios: natural persons and organisations, optional fields present or absent,
 * texts in many scripts and texts that YAML would read as something else if left unquoted.
 */
public final class PortfolioGen {

    /**
     * Words a text is made of. Besides Dutch and other scripts, they include what a careless YAML
     * writer breaks: words YAML 1.1 reads as booleans or null, numbers, indicators and quotes.
     */
    private static final List<String> WORDS = List.of(
        "Stadsbloementuin", "wijkcoöperatie", "Pronkjewailn", "€", "1.000", "12,50", "ĳsbaan", "Zoë", "Ærø",
        "Пётр", "مرحبا", "中文", "😀", "👩‍👩‍👧", "yes", "No", "null", "~", "true", "on", "2016", "0x1F", "1e5", "07",
        "-", "- x", "#", "a #b", ":", "a: b", "'", "\"", "\\", "@", "`", "{", "}", "[", "]", "&a", "*a", "!t", "%",
        "|", ">", ",", "?", "regel\nregel", "tab\there", "non\u00a0breaking");

    private PortfolioGen() {
    }

    /** A non-blank text without surrounding white space (the reader strips it). */
    public static Gen<String> texts() {
        return Gen.lists(Gen.oneOf(WORDS.toArray(String[]::new)), 1, 6, 2).map(words -> String.join(" ", words));
    }

    public static Gen<Money> amounts() {
        return Gen.frequency(List.of(
            weighted(4, Gen.longs(0, 1_000_000_00L).map(Money::ofCents)),
            weighted(2, Gen.longs(0, 1_000_000L).map(Money::ofEuros)),
            weighted(1, Gen.longs(0, Long.MAX_VALUE).map(Money::ofCents)),
            weighted(1, Gen.oneOf(Money.ZERO, Money.ofCents(1), Money.ofCents(Long.MAX_VALUE)))));
    }

    public static Gen<LocalDate> dates() {
        long first = LocalDate.of(1000, 1, 1).toEpochDay();
        long last = LocalDate.of(2999, 12, 31).toEpochDay();
        return Gen.longs(first, last).map(LocalDate::ofEpochDay);
    }

    /** Well-formed kebab-case codes outside the known lists, for the open vocabularies. */
    public static Gen<String> codes() {
        return Gen.lists(Gen.strings("abcz019", 1, 6), 1, 3, 1).map(parts -> String.join("-", parts));
    }

    public static Gen<Applicant> applicants() {
        Gen<OrganisationKind> kinds = Gen.choose(
            Gen.oneOf(OrganisationKind.KNOWN.toArray(OrganisationKind[]::new)), codes().map(OrganisationKind::new));
        return Gen.choose(
            texts().map(Applicant::naturalPerson),
            Gen.combine(texts(), kinds, Applicant::organisation));
    }

    public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return Gen.choose(Gen.constant(Optional.<T>empty()), gen.map(Optional::of));
    }

    /** An initiative whose id ends in {@code #index}, so ids in one portfolio are unique. */
    public static Gen<Initiative> initiatives(int index) {
        Gen<LegalFramework> frameworks = Gen.choose(
            Gen.oneOf(LegalFramework.KNOWN.toArray(LegalFramework[]::new)), codes().map(LegalFramework::new));
        Gen<IntakeChannel> channels = Gen.choose(
            Gen.oneOf(IntakeChannel.KNOWN.toArray(IntakeChannel[]::new)), codes().map(IntakeChannel::new));
        return source -> Initiative.builder()
            .id(texts().generate(source) + " #" + index)
            .title(texts().generate(source))
            .description(optional(texts()).generate(source))
            .applicant(applicants().generate(source))
            .requestedAmount(optional(amounts()).generate(source))
            .themes(Gen.lists(texts(), 3).generate(source))
            .targetGroups(Gen.lists(texts(), 3).generate(source))
            .legalFrameworks(Gen.lists(frameworks, 3).generate(source))
            .neighbourhood(optional(texts()).generate(source))
            .intakeChannel(optional(channels).generate(source))
            .submissionDate(optional(dates()).generate(source))
            .note(optional(texts()).generate(source))
            .build();
    }

    public static Gen<Portfolio> portfolios() {
        Gen<Portfolio.Period> periods = Gen.combine(dates(), Gen.longs(0, 2000),
            (start, days) -> new Portfolio.Period(start, start.plusDays(days)));
        return source -> {
            int count = Gen.ints(0, 8).generate(source);
            List<Initiative> initiatives = new ArrayList<>();
            Money total = Money.ZERO;
            for (int i = 0; i < count; i++) {
                Initiative initiative = initiatives(i).generate(source);
                // A portfolio's requests must add up to an amount (reports total them): the reader refuses one that does not.
                Money room = Money.MAX.minus(total);
                if (initiative.requestedAmount().filter(a -> a.isGreaterThan(room)).isPresent()) {
                    initiative = ImmutableInitiative.copyOf(initiative).withRequestedAmount(room);
                }
                total = total.plus(initiative.requestedAmount().orElse(Money.ZERO));
                initiatives.add(initiative);
            }
            return Portfolio.builder()
                .municipality(Municipality.of(texts().generate(source),
                    String.format("GM%04d", Gen.ints(0, 9999).generate(source))))
                .title(optional(texts()).generate(source))
                .source(optional(texts()).generate(source))
                .period(optional(periods).generate(source))
                .initiatives(initiatives)
                .build();
        };
    }
}
