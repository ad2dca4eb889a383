package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;

/**
 * A folder of third-party profiles, each in a class loader of its own: a jar directly in the
 * folder is one profile on its own; a sub-folder is one profile with its dependencies (every jar
 * in it, as the profile archetype's build writes it to {@code target/atelier-profile/ID/}).
 * Atelier's own classes come from the app (parent first), so a profile sees the app's core,
 * Guice, Jackson and Vavr, and two profiles never see each other's dependencies.
 */
final class ProfileFolder {

    /** A profile found in the folder, with the jar or sub-folder it came from. */
    record Found(MunicipalityProfile profile, Path origin) {
    }

    /** What the folder holds: the profiles, and a line per entry that could not be loaded. */
    record Contents(List<Found> profiles, List<String> problems) {
    }

    private ProfileFolder() {
    }

    static Contents read(Path folder, ClassLoader parent) {
        List<Found> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path entry : entries(folder)) {
            List<Path> jars = Files.isDirectory(entry) ? jarsIn(entry) : List.of(entry);
            if (jars.isEmpty()) {
                problems.add(entry + ": holds no jar (a profile's folder holds its jar and its dependencies)");
                continue;
            }
            int before = found.size();
            URLClassLoader loader = new URLClassLoader("profile " + entry.getFileName(), urls(jars), parent);
            try {
                for (MunicipalityProfile profile : ServiceLoader.load(MunicipalityProfile.class, loader)) {
                    // The parent's profiles show through every loader; only this entry's own count here.
                    if (profile.getClass().getClassLoader() == loader) {
                        found.add(new Found(profile, entry));
                    }
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(entry + ": a profile in it does not load: " + rootMessage(e));
                continue;
            }
            if (found.size() == before) {
                problems.add(entry + ": holds no Atelier profile (no META-INF/services/" + MunicipalityProfile.class.getName() + " naming one)");
            }
        }
        return new Contents(List.copyOf(found), List.copyOf(problems));
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            // Hidden entries (.DS_Store, .git) are a file manager's or a tool's, not a profile.
            return children.filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("atelier: cannot read the profiles folder " + folder + ": " + e.getMessage());
        }
    }

    private static List<Path> jarsIn(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("atelier: cannot read " + directory + ": " + e.getMessage());
        }
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is always a URL: " + jars.get(i), e);
            }
        }
        return urls;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
    }
}
