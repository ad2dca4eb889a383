package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A ledger snapshot: every ledger entry recorded up to a journal position, with its sequence,
 * moment and batch id, in one journal record of type {@link #TYPE}, so that a ledger opens by
 * reading that record and what came after it instead of verifying and decoding every record
 * before it. The snapshot names the position and the hash of the last record it summarises; it
 * is appended right after that record, so its own previous hash is that hash, and its own hash
 * covers its content: a changed byte in it is found when it is read.
 *
 * <p>The payload is plain text, one line per entry, fields separated by tabs (a tab, newline,
 * carriage return or backslash in a text is escaped as {@code \t}, {@code \n}, {@code \r},
 * {@code \\}); dates as epoch days, amounts in cents, moments in microseconds since the epoch:
 * <pre>
 * atelier-ledger-snapshot 1
 * position 1000000
 * hash 3d4bfb44…
 * entries 1000000
 * 1467700000000000 = grant e0 16801 toekenning bench i0 Initiatief 0 100000 - 1 wmo 1
 * …
 * </pre>
 * after the moment: {@code =} when the batch id is the one derived from the entry's id, else
 * {@code +} and the batch id; then a type code, the entry's id, effective day, reason, recorded
 * by, and the fields of its kind. Written and read here, without a serialisation library, because
 * it is read whole at every start.
 */
final class LedgerSnapshot {

    /** The journal record type of a snapshot. Not a ledger entry type ({@link LedgerRecordTypes#owns} is false). */
    static final String TYPE = "ledger-snapshot";
    private static final String MAGIC = "atelier-ledger-snapshot 1";

    /** The decoded snapshot: the position and hash of the last record it summarises, and the entries up to it. */
    record Content(long position, String hash, List<RecordedEntry> entries) {
    }

    private LedgerSnapshot() {
    }

    static String encode(List<RecordedEntry> entries, long position, String hash) {
        StringBuilder out = new StringBuilder(64 + entries.size() * 96);
        out.append(MAGIC).append('\n')
            .append("position ").append(position).append('\n')
            .append("hash ").append(hash).append('\n')
            .append("entries ").append(entries.size()).append('\n');
        for (RecordedEntry recorded : entries) {
            LedgerEntry e = recorded.entry();
            out.append(RecordedEntry.microsOf(recorded.recordedAt())).append('\t');
            String batchId = recorded.batchId();
            if (batchId.equals(RecordedEntry.DERIVED_BATCH_PREFIX + e.id())) {
                out.append('=');
            } else {
                text(out.append('+'), batchId);
            }
            out.append('\t').append(code(e)).append('\t');
            text(out, e.id()).append('\t').append(e.effectiveDate().toEpochDay()).append('\t');
            text(out, e.reason()).append('\t');
            text(out, e.recordedBy());
            fields(out, e);
            out.append('\n');
        }
        return out.toString();
    }

    private static void fields(StringBuilder out, LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve e) {
            texts(out, e.reservationId(), e.potId());
            cents(out, e.amount());
            texts(out, e.purpose());
        } else if (entry instanceof LedgerEntry.ReleaseReservation e) {
            texts(out, e.reservationId());
            cents(out, e.amount());
        } else if (entry instanceof LedgerEntry.Grant e) {
            texts(out, e.initiativeId(), e.title());
            cents(out, e.amount());
            out.append('\t');
            if (e.reservationId().isPresent()) {
                text(out.append('+'), e.reservationId().get());
            } else {
                out.append('-');
            }
            out.append('\t').append(e.funding().size());
            for (Funding f : e.funding()) {
                texts(out, f.potId());
                out.append('\t').append(f.weight());
            }
        } else if (entry instanceof LedgerEntry.AmendGrant e) {
            texts(out, e.initiativeId());
            cents(out, e.newAmount());
        } else if (entry instanceof LedgerEntry.WithdrawGrant e) {
            texts(out, e.initiativeId());
        } else if (entry instanceof LedgerEntry.Advance e) {
            texts(out, e.initiativeId());
            cents(out, e.amount());
        } else if (entry instanceof LedgerEntry.Determine e) {
            texts(out, e.initiativeId());
            cents(out, e.amount());
        } else if (entry instanceof LedgerEntry.Reclaim e) {
            texts(out, e.initiativeId());
            cents(out, e.amount());
        } else if (entry instanceof LedgerEntry.Transfer e) {
            texts(out, e.fromPotId(), e.toPotId());
            cents(out, e.amount());
        } else if (entry instanceof LedgerEntry.SetCeiling e) {
            texts(out, e.potId());
            cents(out, e.ceiling());
            out.append('\t').append(e.publishedOn().toEpochDay());
        }
    }

    private static char code(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Reserve) {
            return 'R';
        } else if (entry instanceof LedgerEntry.ReleaseReservation) {
            return 'L';
        } else if (entry instanceof LedgerEntry.Grant) {
            return 'G';
        } else if (entry instanceof LedgerEntry.AmendGrant) {
            return 'M';
        } else if (entry instanceof LedgerEntry.WithdrawGrant) {
            return 'W';
        } else if (entry instanceof LedgerEntry.Advance) {
            return 'A';
        } else if (entry instanceof LedgerEntry.Determine) {
            return 'D';
        } else if (entry instanceof LedgerEntry.Reclaim) {
            return 'C';
        } else if (entry instanceof LedgerEntry.Transfer) {
            return 'T';
        }
        return 'P';
    }

    private static void texts(StringBuilder out, String... values) {
        for (String value : values) {
            text(out.append('\t'), value);
        }
    }

    private static void cents(StringBuilder out, Money amount) {
        out.append('\t').append(amount.cents());
    }

    private static StringBuilder text(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * Reads a snapshot's payload.
     *
     * @throws IllegalArgumentException naming the line and what is wrong
     */
    static Content decode(String payload) {
        Reader in = new Reader(payload);
        if (!MAGIC.equals(in.line())) {
            throw in.error("not a ledger snapshot (expected '" + MAGIC + "')");
        }
        long position = Long.parseLong(in.header("position"));
        String hash = in.header("hash");
        int count = Integer.parseInt(in.header("entries"));
        List<RecordedEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                entries.add(in.entry(i + 1L));
            } catch (RuntimeException e) {
                throw in.error("entry " + (i + 1) + " cannot be read: " + e.getMessage());
            }
        }
        if (in.hasMore()) {
            throw in.error("more lines than the " + count + " entries it names");
        }
        return new Content(position, hash, entries);
    }

    /** Reads lines and tab-separated fields, sharing repeated texts (pot ids, reasons, names). */
    private static final class Reader {
        private final String text;
        private int at;
        private int lineNumber;
        private int lineEnd;
        private final Map<String, String> shared = new HashMap<>();

        Reader(String text) {
            this.text = text;
        }

        boolean hasMore() {
            return at < text.length();
        }

        String line() {
            startLine();
            String line = text.substring(at, lineEnd);
            at = lineEnd + 1;
            return line;
        }

        String header(String name) {
            String line = line();
            if (!line.startsWith(name + " ")) {
                throw error("expected '" + name + " …'");
            }
            return line.substring(name.length() + 1);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("ledger snapshot, line " + lineNumber + ": " + message);
        }

        private void startLine() {
            if (at >= text.length()) {
                lineNumber++;
                throw error("the snapshot ends early");
            }
            lineNumber++;
            lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
        }

        RecordedEntry entry(long sequence) {
            startLine();
            long micros = number();
            String batch = raw();
            char code = raw().charAt(0);
            String id = unescape(raw());
            LocalDate date = LocalDate.ofEpochDay(number());
            String reason = sharedText();
            String recordedBy = sharedText();
            LedgerEntry entry = switch (code) {
                case 'R' -> new LedgerEntry.Reserve(id, date, reason, recordedBy, unescape(raw()), sharedText(), money(), unescape(raw()));
                case 'L' -> new LedgerEntry.ReleaseReservation(id, date, reason, recordedBy, unescape(raw()), money());
                case 'G' -> grant(id, date, reason, recordedBy);
                case 'M' -> new LedgerEntry.AmendGrant(id, date, reason, recordedBy, unescape(raw()), money());
                case 'W' -> new LedgerEntry.WithdrawGrant(id, date, reason, recordedBy, unescape(raw()));
                case 'A' -> new LedgerEntry.Advance(id, date, reason, recordedBy, unescape(raw()), money());
                case 'D' -> new LedgerEntry.Determine(id, date, reason, recordedBy, unescape(raw()), money());
                case 'C' -> new LedgerEntry.Reclaim(id, date, reason, recordedBy, unescape(raw()), money());
                case 'T' -> new LedgerEntry.Transfer(id, date, reason, recordedBy, sharedText(), sharedText(), money());
                case 'P' -> new LedgerEntry.SetCeiling(id, date, reason, recordedBy, sharedText(), money(), LocalDate.ofEpochDay(number()));
                default -> throw new IllegalArgumentException("unknown entry type '" + code + "'");
            };
            if (at <= lineEnd) {
                throw new IllegalArgumentException("more fields than a " + LedgerRecordTypes.of(entry) + " has");
            }
            String batchId = batch.equals("=") ? null : batch.startsWith("+") ? unescape(batch.substring(1)) : bad("batch '" + batch + "'");
            return new RecordedEntry(entry, sequence, micros, batchId);
        }

        private LedgerEntry grant(String id, LocalDate date, String reason, String recordedBy) {
            String initiative = unescape(raw());
            String title = unescape(raw());
            Money amount = money();
            String reservation = raw();
            Optional<String> reservationId = reservation.equals("-") ? Optional.empty()
                : reservation.startsWith("+") ? Optional.of(unescape(reservation.substring(1))) : bad("reservation '" + reservation + "'");
            int pots = (int) number();
            List<Funding> funding = new ArrayList<>(pots);
            for (int i = 0; i < pots; i++) {
                funding.add(new Funding(sharedText(), number()));
            }
            return new LedgerEntry.Grant(id, date, reason, recordedBy, initiative, title, amount, funding, reservationId);
        }

        private static <T> T bad(String what) {
            throw new IllegalArgumentException("unreadable " + what);
        }

        /** The next field of the line, as written. */
        private String raw() {
            if (at > lineEnd) {
                throw new IllegalArgumentException("fewer fields than its type has");
            }
            int end = text.indexOf('\t', at);
            if (end < 0 || end > lineEnd) {
                end = lineEnd;
            }
            String field = text.substring(at, end);
            at = end + 1;
            return field;
        }

        private long number() {
            return Long.parseLong(raw());
        }

        private Money money() {
            return Money.ofCents(number());
        }

        private String sharedText() {
            String value = unescape(raw());
            String known = shared.putIfAbsent(value, value);
            return known == null ? value : known;
        }

        private static String unescape(String field) {
            if (field.indexOf('\\') < 0) {
                return field;
            }
            StringBuilder out = new StringBuilder(field.length());
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c != '\\' || i + 1 == field.length()) {
                    out.append(c);
                    continue;
                }
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            }
            return out.toString();
        }
    }
}
