package nl.sociaaldomein.atelier.io;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Numbers are read from their exact decimal text. YAML 1.1 also reads other spellings as
 * numbers, silently: {@code 010000} is octal (4096), {@code 0x3E8} hexadecimal, {@code 0b101}
 * binary, {@code 1_000} grouped, {@code +5} signed, {@code .inf} and {@code .nan} not numbers at
 * all. A file means none of these in an amount or a count, so each is refused with its place and
 * what to write instead, rather than read as a number nobody wrote.
 */
final class NumberSpelling {

    /** JSON's number grammar: an optional minus, no leading zeros, an optional fraction and exponent. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private static final Text INSTEAD = Text.of("schrijf een decimaal getal zoals 10000 of 12000.50, of zet een tekst tussen aanhalingstekens",
        "write a decimal number such as 10000 or 12000.50, or put a text in quotes");

    private NumberSpelling() {
    }

    /** Why a number written this way is refused; empty for a plain decimal number. */
    static Optional<Text> problem(String written) {
        if (plainDigits(written) || DECIMAL.matcher(written).matches()) {
            return Optional.empty();
        }
        String t = written.startsWith("-") || written.startsWith("+") ? written.substring(1) : written;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        Text why;
        if (lower.equals(".inf")) {
            why = Text.of("oneindig in YAML is geen getal dat Atelier leest", "YAML's infinity is not a number Atelier reads");
        } else if (lower.equals(".nan")) {
            why = Text.of("'geen getal' in YAML is geen getal dat Atelier leest", "YAML's 'not a number' is not a number Atelier reads");
        } else if (lower.startsWith("0x")) {
            why = Text.of("YAML leest het als een hexadecimaal getal", "YAML reads it as a hexadecimal number");
        } else if (lower.startsWith("0b")) {
            why = Text.of("YAML leest het als een binair getal", "YAML reads it as a binary number");
        } else if (t.contains("_")) {
            why = Text.of("YAML laat de '_' weg en leest het als " + t.replace("_", ""), "YAML drops the '_' and reads it as " + t.replace("_", ""));
        } else if (t.contains(":")) {
            why = Text.of("YAML leest het als een getal in het zestigtallig stelsel", "YAML reads it as a number in base 60");
        } else if (t.length() > 1 && t.startsWith("0") && !t.startsWith("0.") && !t.contains(".")) {
            why = Text.of("YAML leest een getal dat met 0 begint als octaal", "YAML reads a number with a leading 0 as octal");
        } else if (t.length() > 1 && t.startsWith("0") && !t.startsWith("0.")) {
            why = Text.of("een decimaal getal begint niet met 0", "a decimal number does not start with 0");
        } else if (written.startsWith("+")) {
            why = Text.of("een getal schrijft u zonder '+'", "a number is written without a '+'");
        } else {
            why = Text.of("het is geen gewoon decimaal getal", "it is not a plain decimal number");
        }
        return Optional.of(Text.of("'" + written + "' is geen decimaal getal (" + why.nl() + "); " + INSTEAD.nl(),
            "'" + written + "' is not a decimal number (" + why.en() + "); " + INSTEAD.en()));
    }

    /** The common case, without a regular expression: {@code 0} or digits not starting with 0. */
    private static boolean plainDigits(String written) {
        if (written.isEmpty() || written.length() > 1 && written.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) < '0' || written.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
