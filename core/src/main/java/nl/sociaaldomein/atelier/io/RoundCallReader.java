package nl.sociaaldomein.atelier.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Reads a round file's {@code call}. The municipality is the portfolio's; the call's own rules
 * (phases in order, minimum under maximum) are checked by {@link Call#validate()} and reported
 * at the phase or amount they are about.
 */
final class RoundCallReader {

    /** The call and the id of the criteria framework it is assessed by. */
    record CallAndFramework(Call call, String frameworkId) {
    }

    private RoundCallReader() {
    }

    static Optional<CallAndFramework> read(ObjectFields fields, Optional<Municipality> municipality) {
        ReadContext context = fields.context();
        int before = context.problemCount();
        Optional<String> id = fields.requiredText("id");
        Optional<String> name = fields.requiredText("name");
        Optional<String> pot = fields.requiredText("pot");
        Optional<String> framework = fields.requiredText("framework");
        List<PhaseWindow> phases = fields.objects("phases", RoundCallReader::phase);
        List<IntakeChannel> channels = OpenCodes.codes(fields, "intakeChannels", IntakeChannel::new);
        List<String> applicantKinds = fields.texts("applicantKinds");
        List<String> themes = fields.texts("themes");
        Optional<Money> minimum = fields.money("minimumAmount");
        Optional<Money> maximum = fields.requiredMoney("maximumAmount");
        Optional<Boolean> oneOff = fields.bool("oneOff");
        fields.done();
        if (context.problemCount() > before || municipality.isEmpty()) {
            return Optional.empty();
        }
        Call call = Call.builder().id(id.get()).municipality(municipality.get()).name(name.get()).potId(pot.get())
            .phases(phases).intakeChannels(channels).applicantKinds(applicantKinds).themes(themes)
            .minimumAmount(minimum.orElse(Money.ZERO)).maximumAmount(maximum.get()).oneOff(oneOff.orElse(false))
            .build();
        return call.validate().fold(problems -> {
            problems.forEach(p -> context.problem(RoundFileProblems.pointer(context.document().root(), p.where(), p.message()),
                RoundFileProblems.message(p, Locale.ENGLISH)));
            return Optional.<CallAndFramework>empty();
        }, valid -> Optional.of(new CallAndFramework(valid, framework.get())));
    }

    private static Optional<PhaseWindow> phase(ObjectFields fields) {
        Optional<Phase> phase = fields.requiredChoice("phase", RoundFormat.PHASES);
        Optional<LocalDate> start = fields.requiredDate("start");
        Optional<LocalDate> end = fields.requiredDate("end");
        fields.done();
        if (phase.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            fields.context().problem(fields.pathOf("end"), "the phase ends on " + end.get() + ", before it starts on " + start.get());
            return Optional.empty();
        }
        return Optional.of(PhaseWindow.of(phase.get(), start.get(), end.get()));
    }
}
