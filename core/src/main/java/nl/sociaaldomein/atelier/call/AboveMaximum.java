package nl.sociaaldomein.atelier.call;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a round does with a request above the call's maximum per initiative. It is decided per
 * initiative, by the library, before any policy runs: a request that is too large is the
 * applicant's matter, never a reason for the whole round to fail. A profile chooses with the
 * threshold {@code above-maximum}.
 */
public enum AboveMaximum {
    /** The initiative is not eligible: rejected, with the maximum named in the reason. */
    REFUSE("refuse"),
    /** The initiative competes for at most the maximum: a grant never exceeds it. */
    GRANT_MAXIMUM("grant-maximum");

    private final String code;

    AboveMaximum(String code) {
        this.code = code;
    }

    /** {@return the code in threshold files: {@code refuse} or {@code grant-maximum}} */
    public String code() {
        return code;
    }

    /**
     * The choice a threshold file names.
     *
     * @param code {@code refuse} or {@code grant-maximum}
     * @return the choice, or empty for another code
     */
    public static Optional<AboveMaximum> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
