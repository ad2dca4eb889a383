package nl.sociaaldomein.atelier.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.Profiles;

/**
 * Every profile the app can run, and where each came from: the app's own classpath and a
 * profiles folder ({@code --profiles DIR}, else {@code ~/.atelier/profiles/} when it exists; see
 * {@link ProfileFolder}). The one place the app finds profiles, so that a change in how the
 * library loads them is a change here.
 */
final class ProfileCatalogue {

    /** Where the app looks when {@code --profiles} is not given. */
    static final Path DEFAULT_FOLDER = Path.of(System.getProperty("user.home"), ".atelier", "profiles");

    static final String CLASSPATH = "built in";

    /** A profile and where it came from: {@link #CLASSPATH}, or the jar or folder it was loaded from. */
    record Entry(MunicipalityProfile profile, String origin) {
    }

    private final SortedMap<String, Entry> byId;

    private ProfileCatalogue(SortedMap<String, Entry> byId) {
        this.byId = byId;
    }

    /** The app's own profiles only (the bundled scenarios use these). */
    static ProfileCatalogue builtIn() {
        return of(Optional.empty(), Optional.empty());
    }

    /**
     * The built-in profiles and those of {@code folder}, or of {@code fallback} when no folder is
     * given and the fallback exists.
     *
     * @throws BadInputException when the given folder does not exist, an entry in it does not
     *                           load, or two profiles share an id (every problem at once)
     */
    static ProfileCatalogue of(Optional<Path> folder, Optional<Path> fallback) {
        SortedMap<String, Entry> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String id : Profiles.available()) {
            byId.put(id, new Entry(Profiles.find(id), CLASSPATH));
        }
        Optional<Path> chosen = folder.or(() -> fallback.filter(Files::isDirectory));
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            throw new BadInputException("atelier: --profiles " + folder.get() + ": no such folder");
        }
        if (chosen.isPresent()) {
            ProfileFolder.Contents contents = ProfileFolder.read(chosen.get(), ProfileCatalogue.class.getClassLoader());
            problems.addAll(contents.problems());
            for (ProfileFolder.Found found : contents.profiles()) {
                Entry earlier = byId.putIfAbsent(found.profile().id(), new Entry(found.profile(), found.origin().toString()));
                if (earlier != null) {
                    problems.add(found.origin() + ": profile '" + found.profile().id() + "' is already there ("
                        + earlier.origin() + "); remove one of them");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems.stream().map(p -> "atelier: " + p).toList());
        }
        return new ProfileCatalogue(byId);
    }

    SortedMap<String, Entry> entries() {
        return byId;
    }

    /** @throws BadInputException when no profile has this id (the message lists the ids there are) */
    Entry find(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new BadInputException("atelier: no profile '" + id + "'; available: " + String.join(", ", byId.keySet())
                + " (a profile of your own goes in " + DEFAULT_FOLDER + " or the folder given with --profiles)");
        }
        return entry;
    }
}
