package nl.sociaaldomein.atelier.journal;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Checks records in order: each sits at the position after the one before, names the hash of the
 * one before, and carries the hash of its own content. Usable record by record
 * ({@link #check}), so that an engine verifies while it reads instead of reading twice.
 */
public final class JournalVerifier {

    /** Records read per page when walking a whole journal. */
    static final int PAGE = 4096;

    private JournalRecord last;

    /** A verifier for a journal from its first record. */
    public JournalVerifier() {
    }

    /**
     * A verifier that goes on after {@code trusted}, a record already verified or just appended
     * by the caller: a reader that keeps its place checks only what was appended since.
     *
     * @param trusted the last record known to be good
     * @return a verifier expecting the record after it
     */
    public static JournalVerifier after(JournalRecord trusted) {
        JournalVerifier verifier = new JournalVerifier();
        verifier.last = trusted;
        return verifier;
    }

    /**
     * Checks the next record; empty when it fits after the ones checked before.
     *
     * @param record the next record
     * @return empty, or what is wrong with it
     */
    public Optional<JournalDamage> check(JournalRecord record) {
        return check(record, record::hashMatches);
    }

    /**
     * How a page of records was checked: {@code passed} records from its start fit, and when that
     * is not all of them, {@code damage} is what is wrong with the next one.
     *
     * @param passed how many records from the page's start fit
     * @param damage what is wrong with the next one, when not all fit
     */
    public record Checked(int passed, Optional<JournalDamage> damage) {
    }

    /** Pages shorter than this are hashed on the calling thread: splitting them costs more than it saves. */
    static final int PARALLEL_FROM = 256;

    /**
     * Checks a page of records in order, exactly as {@link #check} one by one would, and stops at
     * the first that does not fit; the records' own hashes are recomputed on all cores first (each
     * depends on its record only), the chain, positions and moments are then walked in order. A
     * rebuild spends most of its verifying in SHA-256, so this is what makes it scale.
     *
     * @param page the next records, in position order
     * @return how many passed, and the damage that stopped the check
     */
    public Checked checkAll(List<JournalRecord> page) {
        int n = page.size();
        boolean[] matches = new boolean[n];
        IntStream all = IntStream.range(0, n);
        (n >= PARALLEL_FROM ? all.parallel() : all).forEach(i -> matches[i] = page.get(i).hashMatches());
        for (int i = 0; i < n; i++) {
            int at = i;
            Optional<JournalDamage> damage = check(page.get(i), () -> matches[at]);
            if (damage.isPresent()) {
                return new Checked(i, damage);
            }
        }
        return new Checked(n, Optional.empty());
    }

    private Optional<JournalDamage> check(JournalRecord record, BooleanSupplier hashMatches) {
        long expected = last == null ? 1 : last.position() + 1;
        if (record.position() != expected) {
            return Optional.of(new JournalDamage(expected, record.position() > expected
                ? "record " + expected + " is missing (the next one found is " + record.position() + ")"
                : "record " + record.position() + " appears again after " + (expected - 1)));
        }
        String previousHash = last == null ? RecordHash.GENESIS : last.hash();
        if (!record.previousHash().equals(previousHash)) {
            return Optional.of(new JournalDamage(record.position(),
                "it does not chain to record " + (expected - 1) + " (previous hash " + abbreviate(record.previousHash())
                    + ", expected " + abbreviate(previousHash) + ")"));
        }
        if (!hashMatches.getAsBoolean()) {
            return Optional.of(new JournalDamage(record.position(),
                "its content does not match its hash " + abbreviate(record.hash()) + " (batch '" + record.batchId()
                    + "', type " + record.type() + "): it was changed after it was written"));
        }
        if (last != null && record.recordedAt().isBefore(last.recordedAt())) {
            return Optional.of(new JournalDamage(record.position(),
                "it is recorded at " + Timestamps.format(record.recordedAt()) + ", before record " + last.position()));
        }
        last = record;
        return Optional.empty();
    }

    /** {@return the last record that passed, or null} */
    public JournalRecord last() {
        return last;
    }

    /**
     * Walks {@code journal} from its start up to the head it has when the walk starts: records
     * appended meanwhile (by other threads or instances) are checked by the next walk, and are never
     * mistaken for records beyond the head.
     *
     * @param journal the journal to walk
     * @return the first damage, or empty
     */
    public static Optional<JournalDamage> verify(Journal journal) {
        long head = journal.head();
        JournalVerifier verifier = new JournalVerifier();
        long after = 0;
        while (after < head) {
            List<JournalRecord> page = journal.read(after, (int) Math.min(PAGE, head - after));
            if (page.isEmpty()) {
                return Optional.of(new JournalDamage(after + 1, "the journal's head is " + head + " but record "
                    + (after + 1) + " cannot be read"));
            }
            for (JournalRecord record : page) {
                Optional<JournalDamage> damage = verifier.check(record);
                if (damage.isPresent()) {
                    return damage;
                }
            }
            after = page.get(page.size() - 1).position();
        }
        return Optional.empty();
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
