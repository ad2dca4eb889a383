package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.text.Text;
import org.springframework.stereotype.Component;

/**
 * How the pages write amounts, dates and texts ({@code ${@fmt.money(x, #locale)}} in a template):
 * nl-NL by default ({@code € 887.685}, {@code 30-06-2016}), English when the page is English.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));

    public String money(Money amount, Locale locale) {
        return amount == null ? "" : MoneyFormat.forLocale(locale).format(amount);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DUTCH_DATE.format(day);
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    public String text(Text text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }
}
