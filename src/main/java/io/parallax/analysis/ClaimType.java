package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A kind of factual claim, with the record type of its values. The three kinds the engine was built with are constants;
 * further kinds are discovered: each {@link ClaimNormaliser} on the class path (listed in
 * {@code META-INF/services/io.parallax.analysis.ClaimNormaliser}) brings its own. Two types are the same when their
 * names are; they sort in the order they were registered.
 */
public final class ClaimType implements Comparable<ClaimType> {

    public static final ClaimType DATE = new ClaimType("DATE", DateValue.class, 0);
    public static final ClaimType TROOP_COUNT = new ClaimType("TROOP_COUNT", TroopCountValue.class, 1);
    public static final ClaimType VOTE = new ClaimType("VOTE", VoteValue.class, 2);

    private final String name;
    private final Class<? extends ClaimValue> valueType;
    private final int ordinal;

    private ClaimType(String name, Class<? extends ClaimValue> valueType, int ordinal) {
        if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a claim type's name is upper case with underscores: " + name);
        }
        this.name = name;
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.ordinal = ordinal;
    }

    /**
     * The type called {@code name} whose values are {@code valueType}: the registered one when there is one, else a new
     * type that sorts after every registered one (a normaliser loaded outside the class path, as in a test).
     */
    public static ClaimType of(String name, Class<? extends ClaimValue> valueType) {
        ClaimType known = Registry.TYPES.get(name);
        if (known != null) {
            if (known.valueType != valueType) {
                throw new IllegalArgumentException("claim type " + name + " is already registered for " + known.valueType.getName());
            }
            return known;
        }
        return new ClaimType(name, valueType, Integer.MAX_VALUE);
    }

    /** Every registered type: the built-in ones, then the discovered ones. */
    public static ClaimType[] values() {
        return Registry.TYPES.values().toArray(ClaimType[]::new);
    }

    /** The registered type of this name; throws {@link IllegalArgumentException} for an unknown one, like an enum. */
    public static ClaimType valueOf(String name) {
        ClaimType t = Registry.TYPES.get(Objects.requireNonNull(name, "name"));
        if (t == null) {
            throw new IllegalArgumentException("No claim type " + name);
        }
        return t;
    }

    /** The types that the {@link ClaimNormaliser}s {@code loader} finds bring, beside the built-in ones. */
    static List<ClaimType> discover(ClassLoader loader) {
        List<ClaimType> out = new ArrayList<>();
        for (ClaimNormaliser n : ServiceLoader.load(ClaimNormaliser.class, loader)) {
            out.add(new ClaimType(n.name(), n.valueType(), Integer.MAX_VALUE));
        }
        return out;
    }

    public String name() {
        return name;
    }

    public int ordinal() {
        return ordinal;
    }

    /** The record that holds values of this kind, for readers that rebuild values from storage. */
    public Class<? extends ClaimValue> valueType() {
        return valueType;
    }

    /** "Troop count" for {@code TROOP_COUNT}: the name as a reader would write it. */
    public String label() {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "troop-count": the name as it appears in CSS classes and URLs. */
    public String slug() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int compareTo(ClaimType o) {
        int c = Integer.compare(ordinal, o.ordinal);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimType t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    // Filled on first use, after the constants above exist, so a normaliser may name them.
    private static final class Registry {
        static final Map<String, ClaimType> TYPES;

        static {
            Map<String, ClaimType> t = new LinkedHashMap<>();
            for (ClaimType builtIn : List.of(DATE, TROOP_COUNT, VOTE)) {
                t.put(builtIn.name, builtIn);
            }
            for (ClaimType found : discover(ClaimType.class.getClassLoader())) {
                if (t.putIfAbsent(found.name, new ClaimType(found.name, found.valueType, t.size())) != null) {
                    throw new IllegalStateException("two claim types are called " + found.name);
                }
            }
            TYPES = Collections.unmodifiableMap(t);
        }
    }
}
