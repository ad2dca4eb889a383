package nl.sociaaldomein.atelier.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.Timestamps;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * A round the app keeps in a store ({@code atelier round …}): the journal {@code round:CALL}, whose
 * first batch holds the round's budget ({@link LedgerBudgetRecord}, so the round's ledger opens
 * like any kept ledger) and the round's definition (type {@value #DEFINITION}: the file
 * {@code round open} read, as it was, and the profile it runs under). Every later record is the
 * round's events and the ledger entries its decisions post, in the same hash chain. Each command
 * rebuilds the round from the journal alone: the definition is read again with the same reader,
 * and the round service folds the events.
 */
final class KeptRound {

    /** Journal names of rounds start with this, followed by the call's id. */
    static final String PREFIX = "round:";
    static final String DEFINITION = "app.round-definition";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeptLedger ledger;
    private final KeptDefinition definition;
    private final LoadedProfile profile;
    private final RoundPlan plan;
    private final CriteriaFramework framework;
    private final AllocationPolicy policy;

    private KeptRound(KeptLedger ledger, KeptDefinition definition, LoadedProfile profile, RoundPlan plan, CriteriaFramework framework,
                      AllocationPolicy policy) {
        this.ledger = ledger;
        this.definition = definition;
        this.profile = profile;
        this.plan = plan;
        this.framework = framework;
        this.policy = policy;
    }

    static String journalName(String callId) {
        return PREFIX + callId;
    }

    /**
     * Starts the round's journal with its budget and definition, in one batch; a journal that
     * holds a round already is left as it is (its definition must be this one).
     */
    static void start(JournalStore store, String callId, LedgerBudgetRecord budget, KeptDefinition definition, Clock clock) {
        String name = journalName(callId);
        Journal journal = store.journal(name);
        List<JournalRecord> first = journal.read(0, 2);
        if (first.isEmpty()) {
            AppendResult started = journal.append(0, new Batch("round-definition", Timestamps.micros(clock.instant()),
                List.of(new NewRecord(LedgerBudgetRecord.TYPE, budget.toJson()), new NewRecord(DEFINITION, definition.toJson()))));
            if (started instanceof AppendResult.Appended || started instanceof AppendResult.Duplicate) {
                return;
            }
            first = journal.read(0, 2);
        }
        if (first.size() < 2 || !first.get(1).type().equals(DEFINITION)) {
            throw new BadInputException("atelier: " + store.location() + ": journal '" + name + "' is not a round the app keeps");
        }
        KeptDefinition kept = KeptDefinition.fromJson(first.get(1).payload());
        if (!kept.content().equals(definition.content()) || !kept.profile().equals(definition.profile())) {
            throw new BadInputException("atelier: " + store.location() + " keeps round '" + callId + "' already, opened from "
                + kept.fileName() + " under profile '" + kept.profile() + "' with other content; a call is opened once");
        }
    }

    /** The round of call {@code callId} in {@code store}, rebuilt from its journal. */
    static KeptRound open(JournalStore store, String callId, ProfileCatalogue catalogue, Clock clock) {
        String name = journalName(callId);
        if (!store.streams().contains(name)) {
            throw new BadInputException("atelier: " + store.location() + " keeps no round '" + callId + "'" + rounds(store)
                + "; 'atelier round open FILE --profile ID --store …' opens one");
        }
        KeptLedger ledger = KeptLedger.open(store, name, clock);
        List<JournalRecord> first = ledger.journal().read(1, 1);
        if (first.isEmpty() || !first.get(0).type().equals(DEFINITION)) {
            throw new BadInputException("atelier: " + store.location() + ": journal '" + name + "' is not a round the app keeps");
        }
        KeptDefinition definition = KeptDefinition.fromJson(first.get(0).payload());
        LoadedProfile profile = LoadedProfile.load(catalogue, definition.profile(), Optional.empty());
        LocatedDocument document = definition.document();
        RoundPlan read = Dossiers.orProblems(definition.fileName(), RoundFileReader.read(document, Optional.empty()));
        RoundPlan plan = Rounds.underProfile(read, profile);
        CriteriaFramework framework = Rounds.framework(definition.fileName(), document, plan, profile);
        AllocationPolicy policy = Rounds.policy(definition.fileName(), profile);
        return new KeptRound(ledger, definition, profile, plan, framework, policy);
    }

    /** The call a command works on: {@code --call}, or the one round the store keeps. */
    static String callOf(JournalStore store, Optional<String> given) {
        if (given.isPresent()) {
            return given.get();
        }
        List<String> ids = store.streams().stream().filter(s -> s.startsWith(PREFIX)).map(s -> s.substring(PREFIX.length())).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.isEmpty()) {
            throw new BadInputException("atelier: " + store.location() + " keeps no round; 'atelier round open FILE --profile ID --store …' "
                + "opens one");
        }
        throw new BadInputException("atelier: " + store.location() + " keeps several rounds (" + String.join(", ", ids)
            + "); say which with --call ID");
    }

    private static String rounds(JournalStore store) {
        List<String> ids = new ArrayList<>();
        store.streams().stream().filter(s -> s.startsWith(PREFIX)).forEach(s -> ids.add(s.substring(PREFIX.length())));
        return ids.isEmpty() ? " (it keeps no round yet)" : " (it keeps: " + String.join(", ", ids) + ")";
    }

    /** The round service over the kept journal: commands given to it are recorded in the store. */
    RoundService service(Clock clock) {
        return RoundService.open(plan.call(), framework, ledger.ledger(), ledger.journal(), new JsonRoundEventCodec(), clock);
    }

    /**
     * The same round over a copy of the journal in memory: a file's commands are tried on it first,
     * so that a file whose third command is refused records none of them.
     */
    RoundService trial(Clock clock) {
        InMemoryJournal copy = JournalCopy.inMemory(ledger.journal());
        Ledger trialLedger = Ledger.open(ledger.budget().tree(), copy, new JsonLedgerCodec(), clock);
        return RoundService.open(plan.call(), framework, trialLedger, copy, new JsonRoundEventCodec(), clock);
    }

    KeptLedger ledger() {
        return ledger;
    }

    KeptDefinition definition() {
        return definition;
    }

    LoadedProfile profile() {
        return profile;
    }

    RoundPlan plan() {
        return plan;
    }

    AllocationPolicy policy() {
        return policy;
    }

    @Override
    public String toString() {
        return "round '" + plan.call().id() + "' in " + ledger.store();
    }
}
