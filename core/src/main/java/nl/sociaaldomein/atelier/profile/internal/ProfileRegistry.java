package nl.sociaaldomein.atelier.profile.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.profile.DuplicateProfileException;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.UnknownProfileException;

/** The profiles a class loader can see, by id. Duplicates are kept, so that asking for one fails clearly. */
public final class ProfileRegistry {

    private final Map<String, List<MunicipalityProfile>> byId;

    private ProfileRegistry(Map<String, List<MunicipalityProfile>> byId) {
        this.byId = byId;
    }

    public static ProfileRegistry discover(ClassLoader loader) {
        Map<String, List<MunicipalityProfile>> byId = new TreeMap<>();
        for (MunicipalityProfile profile : ServiceLoader.load(MunicipalityProfile.class, loader)) {
            byId.computeIfAbsent(profile.id(), id -> new ArrayList<>()).add(profile);
        }
        return new ProfileRegistry(byId);
    }

    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    /** The one profile with this id; fails listing the known ids, or naming every class that claims it. */
    public MunicipalityProfile get(String id) {
        List<MunicipalityProfile> found = byId.get(id);
        if (found == null) {
            throw new UnknownProfileException(id, ids());
        }
        if (found.size() > 1) {
            throw new DuplicateProfileException(id, found.stream().map(p -> p.getClass().getName()).sorted().toList());
        }
        return found.get(0);
    }
}
