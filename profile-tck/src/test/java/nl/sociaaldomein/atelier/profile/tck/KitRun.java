package nl.sociaaldomein.atelier.profile.tck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Every check of a kit run by hand, as JUnit would: which failed (with their messages) and which were skipped. */
record KitRun(Map<String, String> failures, Map<String, String> skipped) {

    static KitRun of(ProfileConformanceKit kit) {
        Map<String, String> failures = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (Class<?> type = ProfileConformanceKit.class; type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Test.class)) {
                    continue;
                }
                method.setAccessible(true);
                try {
                    method.invoke(kit);
                } catch (InvocationTargetException e) {
                    Throwable thrown = e.getCause();
                    if (thrown instanceof TestAbortedException) {
                        skipped.put(method.getName(), thrown.getMessage());
                    } else {
                        failures.put(method.getName(), String.valueOf(thrown.getMessage()));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return new KitRun(failures, skipped);
    }

    /** The failures other than "found through ServiceLoader": the broken profiles are not registered, by design. */
    Map<String, String> mistakes() {
        Map<String, String> mistakes = new TreeMap<>(failures);
        mistakes.remove("isFoundThroughServiceLoaderByItsId");
        return mistakes;
    }

    /** The first line of the one mistake's message. */
    String onlyMistakeFirstLine() {
        if (mistakes().size() != 1) {
            throw new AssertionError("expected one failing check, found " + mistakes());
        }
        String message = mistakes().values().iterator().next();
        return message.lines().findFirst().orElse("");
    }
}
