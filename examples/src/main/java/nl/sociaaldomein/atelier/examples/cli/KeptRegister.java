package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.Timestamps;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;

/**
 * An experiment register the app keeps in a store ({@code atelier experiment …}): the journal
 * {@code experiment:ID}, whose first record is its definition ({@link KeptDefinition}: the
 * register file {@code experiment register} first read, and the profile), followed by the
 * register's events. Each command rebuilds the register from the journal alone.
 */
final class KeptRegister {

    static final String PREFIX = "experiment:";
    static final String DEFINITION = "app.register-definition";
    static final String DEFAULT_ID = "register";

    private final String store;
    private final String id;
    private final Journal journal;
    private final LoadedProfile profile;
    private final RegisterSetup setup;

    private KeptRegister(String store, String id, Journal journal, LoadedProfile profile, RegisterSetup setup) {
        this.store = store;
        this.id = id;
        this.journal = journal;
        this.profile = profile;
        this.setup = setup;
    }

    /** Starts the register's journal with its definition; a journal that holds one already keeps it. */
    static void start(JournalStore store, String id, KeptDefinition definition, Clock clock) {
        Journal journal = journal(store, id);
        if (journal.read(0, 1).isEmpty()) {
            AppendResult started = journal.append(0, new Batch("register-definition", Timestamps.micros(clock.instant()),
                List.of(new NewRecord(DEFINITION, definition.toJson()))));
            if (started instanceof AppendResult.Appended || started instanceof AppendResult.Duplicate) {
                return;
            }
        }
        KeptDefinition kept = definitionOf(store, id, journal);
        if (!kept.profile().equals(definition.profile())) {
            throw new BadInputException("atelier: " + store.location() + " keeps register '" + id + "' under profile '" + kept.profile()
                + "', not '" + definition.profile() + "'");
        }
    }

    /** The register {@code id} in {@code store}; refused when the store keeps none of that id. */
    static KeptRegister open(JournalStore store, String id, ProfileCatalogue catalogue) {
        if (!store.streams().contains(PREFIX + id)) {
            throw new BadInputException("atelier: " + store.location() + " keeps no experiment register '" + id + "'; "
                + "'atelier experiment register FILE --profile ID --store …' starts one");
        }
        Journal journal = journal(store, id);
        KeptDefinition definition = definitionOf(store, id, journal);
        LoadedProfile profile = LoadedProfile.load(catalogue, definition.profile(), Optional.empty());
        ExperimentRegister first = Dossiers.orProblems(definition.fileName(), reader(definition.fileName(), profile)
            .read(definition.document()));
        RegisterSetup setup = new RegisterSetup(id, first.source(), first.yearColumns(), first.provenance());
        return new KeptRegister(store.location(), id, journal, profile, setup);
    }

    /** The profile's reader of registers: its numbering and outcome words. */
    static ExperimentRegisterReader reader(String name, LoadedProfile profile) {
        return profile.registerReader().orElseThrow(() -> new BadInputException(name + ": profile '" + profile.profile().id()
            + "' binds no outcome words, so it keeps no experiment register"));
    }

    private static Journal journal(JournalStore store, String id) {
        try {
            return store.journal(PREFIX + id, OpenCheck.TAIL);
        } catch (JournalDamagedException e) {
            throw damaged(store, id, e.getMessage());
        } catch (StoreException e) {
            throw new BadInputException("atelier: " + e.getMessage());
        }
    }

    private static KeptDefinition definitionOf(JournalStore store, String id, Journal journal) {
        List<JournalRecord> first = journal.read(0, 1);
        if (first.isEmpty() || !first.get(0).type().equals(DEFINITION)) {
            throw new BadInputException("atelier: " + store.location() + ": journal '" + PREFIX + id + "' is not a register the app keeps");
        }
        return KeptDefinition.fromJson(first.get(0).payload());
    }

    private static BadInputException damaged(JournalStore store, String id, String why) {
        return new BadInputException("atelier: " + store.location() + ": register '" + id + "' is damaged and was not used: " + why
            + ". Nothing was changed or repaired; restore the store from a backup (docs/storage.md)");
    }

    /** The register service over the kept journal; a chain that does not verify is refused. */
    RegisterService service(Clock clock) {
        try {
            return RegisterService.open(setup, journal, new JsonExperimentEventCodec(), clock);
        } catch (JournalDamagedException | IllegalStateException e) {
            throw new BadInputException("atelier: " + store + ": register '" + id + "' is damaged and was not used: " + e.getMessage()
                + ". Nothing was changed or repaired; restore the store from a backup (docs/storage.md)");
        }
    }

    /** The same register over a copy of its journal in memory, to try a file's commands on first. */
    RegisterService trial(Clock clock) {
        return RegisterService.open(setup, JournalCopy.inMemory(journal), new JsonExperimentEventCodec(), clock);
    }

    LoadedProfile profile() {
        return profile;
    }

    ExperimentNumbering numbering() {
        return profile.instance(ExperimentNumbering.class);
    }

    @Override
    public String toString() {
        return "experiment register '" + id + "' in " + store;
    }
}
