package nl.sociaaldomein.atelier.initiative;

import java.util.regex.Pattern;

/** A municipality's code at Statistics Netherlands (CBS): {@code GM} and four digits, e.g. GM0014. */
public record CbsCode(String value) {

    private static final Pattern FORM = Pattern.compile("GM\\d{4}");

    /**
     * Checks the form.
     *
     * @param value {@code GM} followed by four digits, e.g. {@code GM0014}
     * @throws IllegalArgumentException when the value has another form
     */
    public CbsCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a CBS code is GM followed by four digits (e.g. GM0014), not '" + value + "'");
        }
    }

    /**
     * Whether {@code value} has the form of a CBS code.
     *
     * @param value the text, possibly null
     * @return true for {@code GM} followed by four digits
     */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
