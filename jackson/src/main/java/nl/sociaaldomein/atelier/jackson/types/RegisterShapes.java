package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * A municipality's experiment register as read from its file: {@code {"source": {"file", "quote"},
 * "reportDate": "2018-03-01" | null, "yearColumns": [2014, …], "experiments": [Experiment],
 * "provenance": {"experiments/14-3/end": Provenance, …}}}.
 */
public final class RegisterShapes {

    /** The file and the quote a register is read from. */
    public static final ObjectShape<RegisterSource> SOURCE = Shape.object(RegisterSource.class, (s, out) -> {
        out.field("file", s.file());
        out.field("quote", s.quote());
    }, in -> {
        String file = in.string("file");
        String quote = in.string("quote");
        return in.build(() -> new RegisterSource(file, quote));
    });

    /** Where values come from, by path: an object of {@link Provenance}s. */
    public static final ObjectShape<ProvenanceMap> PROVENANCE_MAP = Shape.object(ProvenanceMap.class,
        (p, out) -> p.asMap().forEach((path, provenance) -> out.field(path, provenance, ProvenanceShape.PROVENANCE)),
        in -> {
            Map<String, Provenance> byPath = new LinkedHashMap<>();
            for (String path : in.tree().fieldNames()) {
                byPath.put(path, in.get(path, ProvenanceShape.PROVENANCE));
            }
            return in.build(() -> ProvenanceMap.of(byPath));
        });

    /** The register. */
    public static final ObjectShape<ExperimentRegister> REGISTER = Shape.object(ExperimentRegister.class, (r, out) -> {
        out.field("source", r.source(), SOURCE);
        out.optional("reportDate", r.reportDate(), Basic.DAY);
        out.list("yearColumns", r.yearColumns(), Basic.INT);
        out.list("experiments", r.experiments(), ExperimentShapes.EXPERIMENT);
        out.field("provenance", r.provenance(), PROVENANCE_MAP);
    }, in -> {
        RegisterSource source = in.get("source", SOURCE);
        Optional<LocalDate> reportDate = in.optional("reportDate", Basic.DAY);
        List<Integer> yearColumns = in.list("yearColumns", Basic.INT);
        List<Experiment> experiments = in.list("experiments", ExperimentShapes.EXPERIMENT);
        ProvenanceMap provenance = in.optional("provenance", PROVENANCE_MAP).orElse(ProvenanceMap.empty());
        return in.build(() -> new ExperimentRegister(source, reportDate, yearColumns, experiments, provenance));
    });

    private RegisterShapes() {
    }
}
