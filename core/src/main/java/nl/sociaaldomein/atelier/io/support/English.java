package nl.sociaaldomein.atelier.io.support;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Problem;

/**
 * The English wording of a value parser's problem ({@code MoneyFormat.parsePlain},
 * {@code PartialDate.parseDay}, {@code ThresholdKey.parse}): a file reader's own problems are
 * still worded in English only, and it quotes the parser's reason in them unchanged.
 */
public final class English {

    private English() {
    }

    /** The first problem's English message: a value parser reports one reason. */
    public static String reason(List<Problem> problems) {
        return problems.get(0).message(Locale.ENGLISH);
    }
}
