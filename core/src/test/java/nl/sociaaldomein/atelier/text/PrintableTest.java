package nl.sociaaldomein.atelier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    private static final String TERMINAL_ATTACK = "\u001b]0;PWNED\u0007\u001b[2J";

    @Test
    void aMessageShowsWhatActsOnATerminalAsEscapesAndStaysOneLine() {
        assertThat(Printable.escaped("unknown value '" + TERMINAL_ATTACK + "'"))
            .isEqualTo("unknown value '\\u001b]0;PWNED\\u0007\\u001b[2J'");
        assertThat(Printable.escaped("a\nb\tc\u0000d\u0085e")).isEqualTo("a\\u000ab\\u0009c\\u0000d\\u0085e");
        assertThat(Printable.escaped("x\u202Ey\u2066z")).as("direction overrides").isEqualTo("x\\u202ey\\u2066z");
        assertThat(Printable.escaped("\ud800 and \udc00")).isEqualTo("\\ud800 and \\udc00");
        assertThat(Printable.escaped("Jeugdhulp € 5 \uD83D\uDE00 é")).as("letters, symbols and emoji stay").isEqualTo("Jeugdhulp € 5 \uD83D\uDE00 é");
    }

    @Test
    void aReportDropsControlCharactersAndShowsALoneSurrogateAsTheReplacementCharacter() {
        assertThat(Printable.cleaned("\u0000=1+1")).isEqualTo("=1+1");
        assertThat(Printable.cleaned(TERMINAL_ATTACK)).isEqualTo("]0;PWNED[2J");
        assertThat(Printable.cleaned("a\u000bb\u000cc\u007fd\u0085e")).isEqualTo("abcde");
        assertThat(Printable.cleaned("regel 1\nregel 2\r\n\tin")).as("line breaks and tabs are each format's own").isEqualTo("regel 1\nregel 2\r\n\tin");
        assertThat(Printable.cleaned("x\ud800y\udc00")).isEqualTo("x\uFFFDy\uFFFD");
        assertThat(Printable.cleaned("\uD83D\uDE00\uFFFF")).isEqualTo("\uD83D\uDE00\uFFFD");
    }
}
