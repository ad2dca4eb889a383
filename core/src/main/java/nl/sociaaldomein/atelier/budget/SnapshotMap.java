package nl.sociaaldomein.atelier.budget;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An unmodifiable map over frozen figures, in creation order, whose values are built when read:
 * a budget view of a ledger with a quarter of a million grants need not build a quarter of a
 * million grant views to answer for one. The key index is built on the first look-up by key.
 */
final class SnapshotMap<V> extends AbstractMap<String, V> {

    private final String[] keys;
    private final IntFunction<V> valueAt;
    private volatile Map<String, Integer> index;

    SnapshotMap(String[] keys, IntFunction<V> valueAt) {
        this.keys = keys;
        this.valueAt = valueAt;
    }

    @Override
    public V get(Object key) {
        Integer i = index().get(key);
        return i == null ? null : valueAt.apply(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return index().containsKey(key);
    }

    @Override
    public int size() {
        return keys.length;
    }

    private Map<String, Integer> index() {
        Map<String, Integer> built = index;
        if (built == null) {
            built = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                built.put(keys[i], i);
            }
            index = built;
        }
        return built;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], valueAt.apply(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
