package nl.sociaaldomein.atelier.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain of a journal: SHA-256, in lower-case hex, over the record's fields in a fixed
 * order, each followed by a newline, with the payload last:
 * {@code position \n batchId \n type \n recordedAt \n previousHash \n payload} (UTF-8;
 * {@code recordedAt} as ISO-8601 UTC with microseconds, e.g. {@code 2016-07-05T09:30:00.000000Z}).
 * The definition is part of the export format ({@code docs/storage.md}); changing it breaks every
 * journal already kept.
 */
public final class RecordHash {

    /** The previous hash of the first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private RecordHash() {
    }

    /**
     * The SHA-256 hash of a record's content and the hash before it, the link of the journal's chain.
     *
     * @param position     the record's position
     * @param batchId      the batch it was appended in
     * @param type         its type
     * @param recordedAt   its moment, hashed in {@link Timestamps}' form
     * @param previousHash the hash of the record before, or {@link #GENESIS}
     * @param payload      its content
     * @return the hash as 64 lower-case hexadecimal digits
     */
    public static String of(long position, String batchId, String type, Instant recordedAt, String previousHash,
                            String payload) {
        return HexFormat.of().formatHex(digest(position, batchId, type, recordedAt, previousHash, payload));
    }

    /**
     * Whether {@code hash} (lower-case hex) is the hash of these fields: {@link #of} compared
     * without making its text, as a journal's every record is checked when it is opened.
     *
     * @param hash         the hash the record carries
     * @param position     the record's position in the journal
     * @param batchId      the id of the batch it was appended in
     * @param type         the record's type
     * @param recordedAt   the moment the journal recorded it
     * @param previousHash the hash of the record before it
     * @param payload      the record's payload, as stored
     * @return true when {@code hash} is exactly {@link #of} these fields
     */
    public static boolean matches(String hash, long position, String batchId, String type, Instant recordedAt, String previousHash,
                                  String payload) {
        byte[] digest = digest(position, batchId, type, recordedAt, previousHash, payload);
        if (hash.length() != digest.length * 2) {
            return false;
        }
        for (int i = 0; i < digest.length; i++) {
            if (hash.charAt(2 * i) != HEX_DIGITS[(digest[i] >> 4) & 0xF] || hash.charAt(2 * i + 1) != HEX_DIGITS[digest[i] & 0xF]) {
                return false;
            }
        }
        return true;
    }

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private static byte[] digest(long position, String batchId, String type, Instant recordedAt, String previousHash, String payload) {
        MessageDigest sha = sha256();
        StringBuilder head = new StringBuilder(128)
            .append(position).append('\n')
            .append(batchId).append('\n')
            .append(type).append('\n')
            .append(Timestamps.format(recordedAt)).append('\n')
            .append(previousHash).append('\n');
        sha.update(head.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(payload.getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }

    /** Looked up once; each hash clones it, which is much cheaper than a provider lookup per record. */
    private static final MessageDigest SHA_256 = lookUp();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
