package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.io.support.Mistake;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Makes a round file's {@code call} from its bound entry. The municipality is the portfolio's; the
 * call's own rules (phases in order, minimum under maximum) are checked by {@link Call#validate()}
 * and reported at the phase or amount they are about.
 */
final class RoundCallReader {

    /** The call and the id of the criteria framework it is assessed by. */
    record CallAndFramework(Call call, String frameworkId) {
    }

    private RoundCallReader() {
    }

    static Optional<CallAndFramework> read(ReadContext context, FileEntries.CallEntry entry, Optional<Municipality> municipality) {
        int before = context.problemCount();
        List<PhaseWindow> phases = new ArrayList<>();
        List<FileEntries.PhaseEntry> phaseEntries = Binding.listOf(entry.phases());
        for (int i = 0; i < phaseEntries.size(); i++) {
            phase(context, "/call/phases/" + i, phaseEntries.get(i)).ifPresent(phases::add);
        }
        List<IntakeChannel> channels = new ArrayList<>();
        List<String> channelCodes = Binding.texts(entry.intakeChannels());
        for (int i = 0; i < channelCodes.size(); i++) {
            try {
                channels.add(new IntakeChannel(channelCodes.get(i)));
            } catch (IllegalArgumentException e) {
                context.problem("/call/intakeChannels/" + i, Mistake.ofRule("input.code-invalid", e));
            }
        }
        Optional<Money> minimum = Binding.amount(context, "/call/minimumAmount", entry.minimumAmount());
        Optional<Money> maximum = Binding.amount(context, "/call/maximumAmount", entry.maximumAmount());
        if (context.problemCount() > before || municipality.isEmpty() || maximum.isEmpty()) {
            return Optional.empty();
        }
        Call call = Call.builder().id(entry.id().strip()).municipality(municipality.get()).name(entry.name().strip())
            .potId(entry.pot().strip()).phases(phases).intakeChannels(channels).applicantKinds(Binding.texts(entry.applicantKinds()))
            .themes(Binding.texts(entry.themes())).minimumAmount(minimum.orElse(Money.ZERO)).maximumAmount(maximum.get())
            .oneOff(entry.oneOff() != null && entry.oneOff())
            .build();
        return call.validate().fold(problems -> {
            problems.forEach(p -> context.problem(RoundFileProblems.pointer(context.document().root(), p), RoundFileProblems.mistake(p)));
            return Optional.<CallAndFramework>empty();
        }, valid -> Optional.of(new CallAndFramework(valid, entry.framework().strip())));
    }

    private static Optional<PhaseWindow> phase(ReadContext context, String pointer, FileEntries.PhaseEntry entry) {
        Optional<LocalDate> start = Binding.date(context, pointer + "/start", entry.start());
        Optional<LocalDate> end = Binding.date(context, pointer + "/end", entry.end());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            context.problem(pointer + "/end", "input.inconsistent", "de fase eindigt op " + PartialDate.of(end.get()).toDutch() + ", voordat die begint op "
                + PartialDate.of(start.get()).toDutch(), "the phase ends on " + end.get() + ", before it starts on " + start.get());
            return Optional.empty();
        }
        return Optional.of(PhaseWindow.of(RoundFormat.PHASES.get(entry.phase().strip()), start.get(), end.get()));
    }
}
