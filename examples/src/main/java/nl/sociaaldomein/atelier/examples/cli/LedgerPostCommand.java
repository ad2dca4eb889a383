package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.sociaaldomein.atelier.budget.LedgerBatch;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.ReadLimits;
import nl.sociaaldomein.atelier.journal.Timestamps;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atelier ledger post FILE}: the entries of a file, posted to a kept ledger as one batch,
 * all or nothing. A file that does not read, or an entry the ledger refuses, is reported at its
 * place in the file and nothing is posted; posting the same file again changes nothing.
 */
@Command(name = "post", description = {
    "Post the entries of a JSON or YAML file (format " + LedgerPostFile.FORMAT + ", docs/cli.md) to a kept ledger as one batch:",
    "all are kept, or none is and every problem is shown at its place in the file. Posting the file again changes nothing."})
final class LedgerPostCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The entries to post (JSON or YAML).")
    Path file;

    @Mixin
    StoreOptions store;

    @Mixin
    MessageLanguage language;

    @Override
    public void run() {
        language.locale();
        store.required();
        store.check();
        InputSource source = InputSource.file(file);
        LocatedDocument document = Dossiers.orProblems(source.name(),
            LocatedDocument.parse(source.name(), source.bytes(), InputFormat.forFile(source.name(), source.bytes()), ReadLimits.DEFAULT));
        LedgerPostFile read = Dossiers.orProblems(source.name(), LedgerPostFile.read(document));
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptLedger kept = KeptLedger.open(opened, store.ledger(), Clock.systemUTC());
            Result<PostedBatch> posted = kept.ledger().post(new LedgerBatch(read.batchId(), List.of(), read.entries()));
            if (posted.isFailed()) {
                Problem refused = posted.problems().get(0);
                String pointer = refused.code().equals(RejectionKind.BATCH_ID_TAKEN.code()) ? "/batch"
                    : refused.place().subject("entry").map(entry -> read.pointers().getOrDefault(entry, "")).orElse("");
                throw Dossiers.problems(source.name(), List.of(document.problemAt(pointer, "input.ledger-refused",
                    "het grootboek weigert: " + refused.message(java.util.Locale.forLanguageTag("nl-NL")) + "; er is niets geboekt",
                    "the ledger refuses: " + refused.message(java.util.Locale.ENGLISH) + "; nothing was posted")));
            }
            PostedBatch batch = posted.orElseThrow();
            out.println(Printable.escaped(batch.duplicate()
                ? source.name() + ": " + kept + " holds these entries already (batch '" + batch.batchId() + "'); nothing changed"
                : source.name() + ": posted " + Dossiers.count(batch.postings().stream().filter(p -> !p.duplicate()).count(), "entry", "entries")
                    + " to " + kept + " as batch '" + batch.batchId() + "', recorded " + Timestamps.format(batch.recordedAt())));
            out.flush();
        }
    }
}
