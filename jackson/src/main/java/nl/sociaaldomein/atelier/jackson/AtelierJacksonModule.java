package nl.sociaaldomein.atelier.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.jackson.datatype.VavrModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.jackson.internal.RecordedDeserializer;
import nl.sociaaldomein.atelier.jackson.internal.ResultDeserializer;
import nl.sociaaldomein.atelier.jackson.internal.ShapeDeserializer;
import nl.sociaaldomein.atelier.jackson.internal.ShapeSerializer;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.jackson.types.AtelierShapes;
import nl.sociaaldomein.atelier.jackson.types.Frameworks;
import nl.sociaaldomein.atelier.jackson.types.ResultProblemShapes;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;

/**
 * Atelier's values for a Jackson 2 {@link ObjectMapper}, the host's own included, in one line:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
 * String json = mapper.writeValueAsString(initiative);           // and back: mapper.readValue(json, Initiative.class)
 * }</pre>
 *
 * <p>Every public value type an embedder holds (money, partial dates, texts, initiatives and
 * applicants, portfolios, calls, decisions and assessments, ledger entries, postings and views,
 * experiments with their lifecycles, KPIs and reviews, round and experiment events as the journal
 * records them, results, dossiers, provenance, problems) is written in the shape documented in
 * {@code docs/embedding.md}, "Serializing Atelier's types", and read back equal, rounds and the
 * dossiers that hold them too (a round's framework is found by id, so the mapper must know it); a
 * report is written only. The mapper's own settings (naming strategies, inclusion, date features, unknown
 * properties allowed) do not change the shapes. The module also registers Jackson's
 * {@code Optional} and {@code java.time} modules and vavr-jackson, for the host's values that
 * hold Atelier's.
 *
 * <p><b>Personal data.</b> A natural person's name is written only for {@link Audience#INTERNAL};
 * by default (public) an applicant who is a natural person is written as "Particulier", as every
 * public report shows it. A mapper for case workers asks for internal writes per call:
 * {@code mapper.writer().withAttribute(RenderOptions.class, RenderOptions.defaults().withAudience(Audience.INTERNAL))}
 * (see {@link #writer}), or for every write with {@link #withOptions}.
 *
 * <p>The language of the {@code text} fields people read ({@code "€ 887.685"}, {@code "maart
 * 2018"}) is Dutch unless the options say English; reading ignores them.
 *
 * <p>An assessment names its criteria framework by id; reading one (and a decision, which holds
 * one) needs the framework: {@link #withProfile} knows the profile's, {@link #withFrameworks}
 * any others.
 *
 * <p>Found by {@link ObjectMapper#findAndRegisterModules()} too (listed in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}); so found, it is the default
 * module: public, Dutch, no frameworks.
 */
public final class AtelierJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** How values are written: audience and language (public, Dutch by default). */
    private final RenderOptions options;
    private final transient Frameworks frameworks;
    private final transient List<Module> profileModules;
    /** Describes the options, frameworks and profile modules; part of the module's id, so a module set up differently is not skipped as a duplicate. */
    private final String configuration;

    /** Public, Dutch, knowing no criteria framework: the module a host registers by default. */
    public AtelierJacksonModule() {
        this(RenderOptions.defaults(), Frameworks.NONE, List.of(), "");
    }

    private AtelierJacksonModule(RenderOptions options, Frameworks frameworks, List<Module> profileModules, String configuration) {
        super(AtelierJacksonModule.class.getSimpleName(), Version.unknownVersion());
        this.options = Objects.requireNonNull(options, "options");
        this.frameworks = frameworks;
        this.profileModules = List.copyOf(profileModules);
        this.configuration = configuration;
        for (AtelierShapes.Registration<?> registration : AtelierShapes.all(frameworks)) {
            register(registration);
        }
        registerResult();
        // After the plain registration, which it replaces: it also checks the event's type against the one asked for.
        addDeserializer(Recorded.class, new RecordedDeserializer());
    }

    /**
     * The module for a loaded profile: it reads assessments and decisions against the profile's
     * criteria frameworks, writes the {@code text} fields in the profile's language, and brings
     * the Jackson modules the profile adds ({@link LoadedProfile#jacksonModules()}), registered
     * with it.
     *
     * @param profile the profile
     * @return the module
     */
    public static AtelierJacksonModule withProfile(LoadedProfile profile) {
        return new AtelierJacksonModule(RenderOptions.defaults().withLocale(profile.defaultLocale()),
            Frameworks.of(profile.frameworks().values()), profile.jacksonModules(), "profile " + profile.id());
    }

    /**
     * A mapper for a profile's data: a new {@link ObjectMapper} with {@link #withProfile} (and so
     * the profile's own Jackson modules) registered.
     *
     * @param profile the profile
     * @return a new mapper
     */
    public static ObjectMapper mapperFor(LoadedProfile profile) {
        return new ObjectMapper().registerModule(withProfile(profile));
    }

    /**
     * A writer of the mapper for one call's language and audience, e.g. internal for case workers:
     * the same as {@code mapper.writer().withAttribute(RenderOptions.class, options)}.
     *
     * @param mapper  a mapper with this module
     * @param options the language and audience
     * @return the writer
     */
    public static ObjectWriter writer(ObjectMapper mapper, RenderOptions options) {
        return mapper.writer().withAttribute(RenderOptions.class, Objects.requireNonNull(options, "options"));
    }

    /**
     * This module writing for another language or audience by default.
     *
     * @param newOptions the language and audience of every write that names none
     * @return a new module
     */
    public AtelierJacksonModule withOptions(RenderOptions newOptions) {
        return new AtelierJacksonModule(newOptions, frameworks, profileModules, configuration + " " + newOptions);
    }

    /**
     * This module knowing more criteria frameworks, for reading assessments and decisions.
     *
     * @param more the frameworks (ids must differ from each other)
     * @return a new module
     */
    public AtelierJacksonModule withFrameworks(Collection<CriteriaFramework> more) {
        List<CriteriaFramework> known = new ArrayList<>();
        frameworks.ids().forEach(id -> frameworks.framework(id).ifPresent(known::add));
        known.addAll(more);
        return new AtelierJacksonModule(options, Frameworks.of(known), profileModules,
            configuration + " frameworks " + Frameworks.of(known).ids());
    }

    /**
     * The language and audience of writes that name none.
     *
     * @return the options
     */
    public RenderOptions options() {
        return options;
    }

    /**
     * Registered before this module: Jackson's {@code Optional} ({@code jdk8}) and {@code java.time}
     * modules, vavr-jackson, and the profile's own modules, if any. A mapper that has them already
     * keeps its own (Jackson skips a module registered twice).
     */
    @Override
    public Iterable<? extends Module> getDependencies() {
        List<Module> all = new ArrayList<>(List.of(new Jdk8Module(), new JavaTimeModule(), new VavrModule()));
        all.addAll(profileModules);
        return all;
    }

    /** One id per configuration, so that a profile's module registered after the default one is not skipped as a duplicate. */
    @Override
    public Object getTypeId() {
        return AtelierJacksonModule.class.getName() + (configuration.isEmpty() ? "" : " (" + configuration.strip() + ")");
    }

    /**
     * A {@code Result<T>}: written with the host's serializers for its value, read with the value
     * type the caller names ({@code new TypeReference<Result<Money>>() {}}), so it is no plain
     * registration.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void registerResult() {
        for (Class type : List.of(Result.class, Result.Ok.class, Result.Failed.class)) {
            addSerializer(type, new ShapeSerializer(type, ResultProblemShapes.RESULT, options));
            addDeserializer(type, new ResultDeserializer(type));
        }
    }

    private <T> void register(AtelierShapes.Registration<T> registration) {
        Shape<T> shape = registration.shape();
        addSerializer(shape.type(), new ShapeSerializer<>(shape.type(), shape, options));
        addDeserializer(shape.type(), new ShapeDeserializer<>(shape));
        for (Class<? extends T> subtype : registration.subtypes()) {
            registerSubtype(shape, subtype);
        }
    }

    private <T, V extends T> void registerSubtype(Shape<T> shape, Class<V> subtype) {
        addSerializer(subtype, new ShapeSerializer<>(subtype, shape, options));
        addDeserializer(subtype, new ShapeDeserializer<>(Shape.narrowed(shape, subtype)));
    }
}
