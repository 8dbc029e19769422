package io.parallax.correction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.ClaimType;

/**
 * The standing row merges and relabels, resolved: the row a subject key ends up in (following merges of merged rows)
 * and the label that row carries.
 */
final class RowDecisions {

    private final Map<String, Correction> merges = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    /** The decisions in the order they were made; a later one about the same row wins. */
    RowDecisions(List<Correction> decisions) {
        for (Correction d : decisions) {
            switch (d.getKind()) {
                case MERGE -> merges.put(key(d.getClaimType(), d.getSubjectKey()), d);
                case RELABEL -> labels.put(key(d.getClaimType(), d.getSubjectKey()), d.getLabel());
                default -> {
                }
            }
        }
    }

    boolean isEmpty() {
        return merges.isEmpty() && labels.isEmpty();
    }

    /** Where a row ends up and under what label; the label is null when neither a merge nor a relabel sets one. */
    Target resolve(ClaimType type, String subjectKey) {
        String key = subjectKey;
        String label = null;
        Set<String> seen = new HashSet<>();
        Correction merge;
        while ((merge = merges.get(key(type, key))) != null && seen.add(key)) {
            key = merge.getTargetKey();
            label = merge.getLabel();
        }
        String relabel = labels.get(key(type, key));
        return new Target(key, relabel != null ? relabel : label);
    }

    record Target(String key, String label) {
    }

    private static String key(ClaimType type, String subjectKey) {
        return type + "|" + subjectKey;
    }
}
