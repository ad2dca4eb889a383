package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a third-party profile as an integrator ships it, at test time: a profile jar and a
 * dependency jar it needs, compiled here so that neither is on the app's classpath.
 */
final class ThirdPartyJars {

    /** A helper library the profile depends on, as a Maven dependency would be. */
    static final String HELPER = """
        package org.example.helper;
        public final class Limits {
            private Limits() {
            }
            public static long maximumEuros() {
                return 20_000;
            }
        }
        """;

    /** A profile with its own id, maximum (from the helper), framework and ranked policy. */
    static String profile(String id, String name) {
        return """
            package org.example.derdestad;

            import java.util.List;
            import java.util.Optional;
            import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
            import nl.sociaaldomein.atelier.assessment.Criterion;
            import nl.sociaaldomein.atelier.assessment.Scale;
            import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
            import nl.sociaaldomein.atelier.call.AllocationPolicy;
            import nl.sociaaldomein.atelier.call.RankedPolicy;
            import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
            import nl.sociaaldomein.atelier.money.Money;
            import nl.sociaaldomein.atelier.profile.AbstractMunicipalityProfile;
            import nl.sociaaldomein.atelier.profile.PlanningCalendar;
            import nl.sociaaldomein.atelier.profile.ProfileBindings;
            import nl.sociaaldomein.atelier.profile.ReportingMoment;
            import nl.sociaaldomein.atelier.profile.ThresholdKey;
            import nl.sociaaldomein.atelier.text.Text;

            public final class DerdeStadProfile extends AbstractMunicipalityProfile {
                public DerdeStadProfile() {
                    super("%s", "%s", "GM9998");
                }

                @Override
                protected void configure() {
                    ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(org.example.helper.Limits.maximumEuros()));
                    bind(PlanningCalendar.class).toInstance(PlanningCalendar.of(new ReportingMoment("annual-accounts",
                        new Text("jaarrekening", "annual accounts"), ReportingMoment.Frequency.YEARLY, ReportingMoment.Recipient.COUNCIL)));
                    CriteriaFramework framework = CriteriaFramework.of("derde-stad", Text.of("Kader", "Framework"),
                        List.of(Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(1, 5), 100)),
                        Optional.of(100), 0, ScoreCombinations.MEAN).orElseThrow();
                    ProfileBindings.named(binder(), CriteriaFramework.class, framework.id()).toInstance(framework);
                    ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART));
                }
            }
            """.formatted(id, name);
    }

    private ThirdPartyJars() {
    }

    /** Compiles the helper and the profile into {@code folder/helper.jar} and {@code folder/profile.jar}. */
    static void profileWithDependency(Path folder, String id, String name) throws IOException {
        Files.createDirectories(folder);
        Path helperJar = folder.resolve("helper.jar");
        jar(compile(Map.of("org/example/helper/Limits.java", HELPER), List.of()), helperJar, Map.of());
        Path classes = compile(Map.of("org/example/derdestad/DerdeStadProfile.java", profile(id, name)), List.of(helperJar));
        jar(classes, folder.resolve("profile.jar"),
            Map.of("META-INF/services/nl.sociaaldomein.atelier.profile.MunicipalityProfile", "org.example.derdestad.DerdeStadProfile\n"));
    }

    private static Path compile(Map<String, String> sources, List<Path> extraClasspath) throws IOException {
        Path src = Files.createTempDirectory("third-party-src");
        Path out = Files.createTempDirectory("third-party-classes");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        // Surefire runs tests from a manifest-only jar; its property holds the real class path.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (Path extra : extraClasspath) {
            classpath += java.io.File.pathSeparator + extra;
        }
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classpath, "--release", "17"));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the third-party sources do not compile (see the output above)");
        }
        return out;
    }

    private static void jar(Path classes, Path jar, Map<String, String> extra) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
