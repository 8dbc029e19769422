package io.parallax.outlet;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.system.Slugs;

/** Finds outlets by what people call them, and creates the ones an import names for the first time. */
@Service
public class Outlets {

    private final OutletRepository outlets;

    Outlets(OutletRepository outlets) {
        this.outlets = outlets;
    }

    /** The outlet called {@code name}, created if new; a blank name means the explicit unknown outlet. */
    @Transactional
    public Outlet findOrCreate(String name, OutletKind kind, String domain, String country) {
        if (name == null || name.isBlank()) {
            return unknown();
        }
        String trimmed = name.strip();
        Outlet outlet = outlets.findByNameIgnoreCase(trimmed)
                .or(() -> outlets.findBySlug(Slugs.of(trimmed)))
                .orElseGet(() -> outlets.save(new Outlet(trimmed, Slugs.of(trimmed), kind == null ? OutletKind.UNKNOWN : kind,
                        domain, country)));
        outlet.learn(kind == OutletKind.UNKNOWN ? null : kind, domain, country);
        return outlet;
    }

    @Transactional(readOnly = true)
    public Outlet unknown() {
        return outlets.findBySlug(Outlet.UNKNOWN_SLUG).orElseThrow();
    }

    /** An outlet by slug or by name, as the filters accept both. */
    @Transactional(readOnly = true)
    public Optional<Outlet> find(String slugOrName) {
        String key = slugOrName.strip();
        return outlets.findBySlug(key.toLowerCase(Locale.ROOT)).or(() -> outlets.findByNameIgnoreCase(key));
    }

    @Transactional(readOnly = true)
    public java.util.List<OutletSummary> summaries() {
        return outlets.summaries();
    }
}
