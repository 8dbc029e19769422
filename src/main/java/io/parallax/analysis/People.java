package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer of people who speak for a country or an organisation ({@code people.txt}): heads of state and
 * government, ministers, speakers of legislatures, heads of alliances. A text that names only "Macron" or
 * "Stoltenberg" is thereby about France or NATO: the chamber resolver reads the country from them when the text names
 * no country, and a source given as a bare person is completed with the organisation the person speaks for. Names are
 * matched case-sensitively as whole words; immutable and thread-safe.
 */
final class People {

    /** A person: the owner's slug (a country slug of the gazetteer, or a top-level body key such as "nato"). */
    record Person(String owner, String name) {
    }

    private final Map<String, Person> byName;   // any name as written -> the person
    private final PhraseIndex index;

    People(RuleBook rules) {
        Map<String, Person> names = new HashMap<>();
        for (String[] f : rules.gazetteerRows("people.txt", 2)) {
            Person p = new Person(f[0].strip(), f[1].strip());
            names.put(p.name(), p);
            for (String other : f.length > 2 ? f[2].split(",") : new String[0]) {
                if (!other.isBlank()) {
                    // a surname two people share ("Sharif") is kept only if they speak for the same owner
                    names.merge(other.strip(), p, (a, b) -> a.owner() != null && a.owner().equals(b.owner())
                            ? new Person(a.owner(), null) : new Person(null, null));
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.index = new PhraseIndex(new ArrayList<>(names.keySet()), false);
    }

    /**
     * The person a name as written stands for ("Emmanuel Macron", "Macron"), or null; the full name is null for a
     * surname two people of one owner share, and no person is found for a surname people of two owners share.
     */
    Person find(String name) {
        Person p = name == null ? null : byName.get(name.strip());
        return p == null || p.owner() == null ? null : p;
    }

    /** The owners of the people named in {@code text[from, to)}, in text order, one entry per mention. */
    List<String> owners(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (PhraseIndex.Hit h : index.find(text, from, to)) {
            String owner = byName.get(h.term()).owner();
            if (owner != null) {
                out.add(owner);
            }
        }
        return out;
    }
}
