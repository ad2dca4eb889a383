package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.experiment.DataQualityWarning;
import nl.sociaaldomein.atelier.experiment.DataQualityWarning.Kind;
import org.junit.jupiter.api.Test;

/**
 * The inconsistencies of the published table (004_09d1d1def8e42fc5.txt), reported and not
 * corrected: which rows, and why.
 */
class OostGelreRegisterDataQualityTest {

    @Test
    void flagsExactlyTheInconsistentRows() {
        List<DataQualityWarning> warnings = OostGelreExperimentRegisterTest.load().warnings();
        assertThat(warnings).extracting(DataQualityWarning::number, DataQualityWarning::kind,
            w -> w.message(new Locale("nl", "NL"))).containsExactly(
            tuple("1)", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 1-4-2015 – 31-12-2018"),
            tuple("1)", Kind.YEARS_NOT_MARKED_WHILE_RUNNING,
                "jaar 2017, 2018 niet aangekruist, maar binnen de looptijd 1-4-2015 – 31-12-2018"),
            tuple("2)", Kind.YEARS_NOT_MARKED_WHILE_RUNNING,
                "jaar 2017 niet aangekruist, maar binnen de looptijd 14-9-2017 – 30-9-2018"),
            tuple("3)", Kind.YEARS_MARKED_OUTSIDE_PERIOD,
                "jaar 2014, 2015, 2018 aangekruist buiten de looptijd 1-1-2016 – 31-12-2017"),
            tuple("4)", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014, 2018 aangekruist buiten de looptijd 1-7-2015 – 31-7-2017"),
            tuple("5)", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 1-1-2015 – 31-12-2017"),
            tuple("6)", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 1-4-2015 – 31-12-2018"),
            tuple("7)", Kind.STATUS_CONTRADICTS_DATES, "status 'Loopt' maar einddatum 1-7-2018 ligt voor 12-9-2018"),
            tuple("9)", Kind.STATUS_CONTRADICTS_DATES,
                "status 'Loopt (Wordt verlengd)' maar einddatum 1-5-2018 ligt voor 12-9-2018"),
            tuple("14)", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 1-1-2015 – 31-12-2018"),
            tuple("14-3", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 4-2-2015 – 2016"),
            tuple("14-4", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2014 aangekruist buiten de looptijd 1-1-2015 – 31-12-2017"),
            tuple("14-10", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2016 aangekruist buiten de looptijd 2-9-2014 – 31-12-2015"),
            tuple("16-14", Kind.YEARS_MARKED_OUTSIDE_PERIOD, "jaar 2017 aangekruist buiten de looptijd 7-6-2016 – 2016"));
        assertThat(warnings.get(7).message(Locale.ENGLISH)).isEqualTo("status 'Loopt' but end date 1-7-2018 is before 12-9-2018");
    }
}
