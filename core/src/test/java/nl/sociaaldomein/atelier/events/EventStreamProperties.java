package nl.sociaaldomein.atelier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/**
 * A stream reads a journal's pages with their hashes checked and their records decoded on all
 * cores: whatever the journal holds (its own events and others', an event it cannot read, a
 * changed byte, a dropped record, across page boundaries), it reads exactly what reading record
 * by record reads, and stops at the same first problem, named by the same record.
 */
class EventStreamProperties {

    /** Owns {@code t.ok}; cannot read a payload that says {@code bad}. */
    record Codec(boolean concurrent) implements EventCodec<String> {
        @Override
        public boolean owns(String type) {
            return type.equals("t.ok");
        }

        @Override
        public String type(String event) {
            return "t.ok";
        }

        @Override
        public String encode(String event) {
            return event;
        }

        @Override
        public String decode(String type, String payload) {
            if (payload.contains("bad")) {
                throw new IllegalArgumentException("$.value is bad");
            }
            return payload;
        }

        @Override
        public boolean decodesConcurrently() {
            return concurrent;
        }
    }

    /** What the journal holds and how it was spoiled; positions count from 1, 0 = none. */
    record Case(int records, int foreignEvery, int unreadable, int changed, int dropped, boolean concurrent) {
    }

    static final Gen<Case> CASES = source -> {
        int n = 1 + (int) source.draw(source.draw(15) != 0 ? 300 : 5_000);
        return new Case(n, 1 + (int) source.draw(4), spoil(source, n), spoil(source, n), spoil(source, n), source.draw(3) != 0);
    };

    private static int spoil(nl.sociaaldomein.atelier.testkit.Source source, int n) {
        return source.draw(2) == 0 ? 1 + (int) source.draw(n - 1) : 0;
    }

    /** A journal over a list, as kept: records chained with {@link JournalRecord#next}. */
    record ListJournal(List<JournalRecord> records) implements Journal {
        @Override
        public long head() {
            return records.size();
        }

        @Override
        public AppendResult append(long expectedHead, Batch batch) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public List<JournalRecord> read(long afterPosition, int limit) {
            int from = (int) Math.min(afterPosition, records.size());
            return List.copyOf(records.subList(from, (int) Math.min((long) from + limit, records.size())));
        }
    }

    static List<JournalRecord> records(Case c) {
        List<JournalRecord> out = new ArrayList<>();
        JournalRecord last = null;
        for (int p = 1; p <= c.records(); p++) {
            String type = p % c.foreignEvery() == 0 ? "ledger.grant" : "t.ok";
            String payload = p == c.unreadable() ? "bad " + p : "event " + p;
            last = JournalRecord.next(last, "b" + p, Instant.EPOCH.plusSeconds(p), new NewRecord(type, payload));
            out.add(last);
        }
        if (c.changed() > 0) {
            JournalRecord r = out.get(c.changed() - 1);
            out.set(c.changed() - 1, new JournalRecord(r.position(), r.batchId(), r.type(), r.payload() + " ", r.recordedAt(),
                r.previousHash(), r.hash()));
        }
        if (c.dropped() > 0) {
            out.remove(c.dropped() - 1);
        }
        return out;
    }

    /** What reading one record after the other gives: the events, then the first problem (or "none"). */
    static List<String> oneByOne(List<JournalRecord> records, Codec codec) {
        List<String> out = new ArrayList<>();
        JournalVerifier verifier = new JournalVerifier();
        for (JournalRecord r : records) {
            var damage = verifier.check(r);
            if (damage.isPresent()) {
                out.add(damaged(damage.get()));
                return out;
            }
            if (codec.owns(r.type())) {
                try {
                    out.add(codec.decode(r.type(), r.payload()));
                } catch (IllegalArgumentException e) {
                    out.add("unreadable at " + r.position());
                    return out;
                }
            }
        }
        out.add("none");
        return out;
    }

    private static String damaged(JournalDamage damage) {
        return "damaged at " + damage.position() + ": " + damage.message();
    }

    @Test
    void aStreamReadsWhatReadingRecordByRecordReads() {
        Tally tally = new Tally();
        Property.named("event stream: pages verified and decoded in parallel read as record by record").forAll(CASES).check(c -> {
            List<JournalRecord> records = records(c);
            Codec codec = new Codec(c.concurrent());
            List<String> expected = oneByOne(records, codec);
            EventStream<String> stream = new EventStream<>(new ListJournal(records), codec);
            List<String> read = new ArrayList<>();
            try {
                stream.readNew().forEach(r -> read.add(r.event()));
                read.add("none");
            } catch (JournalDamagedException e) {
                read.add(damaged(e.damage()));
            } catch (IllegalStateException e) {
                assertThat(e.getMessage()).contains("is no event this version can read").contains("$.value is bad");
                read.add("unreadable at " + e.getMessage().replaceAll("^journal record (\\d+) .*$", "$1"));
            }
            // The events before the problem are handed out only when there is none; the problem itself must agree.
            String outcome = read.get(read.size() - 1);
            assertThat(outcome).isEqualTo(expected.get(expected.size() - 1));
            if (outcome.equals("none")) {
                assertThat(read).isEqualTo(expected);
                assertThat(stream.position()).isEqualTo(records.isEmpty() ? 0 : records.get(records.size() - 1).position());
            }
            tally.add(outcome.replaceAll(" at .*", ""));
        });
        if (Settings.fullRun()) {
            assertThat(tally.count("none")).isPositive();
            assertThat(tally.count("damaged")).isPositive();
            assertThat(tally.count("unreadable")).isPositive();
        }
    }
}
