package io.parallax.outlet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.system.Slugs;

/** Finds outlets by what people call them, and creates the ones an import names for the first time. */
@Service
public class Outlets {

    private final OutletRepository outlets;
    private final JdbcClient jdbc;

    Outlets(OutletRepository outlets, JdbcClient jdbc) {
        this.outlets = outlets;
        this.jdbc = jdbc;
    }

    /** The outlet called {@code name}, created if new; a blank name means the explicit unknown outlet. */
    @Transactional
    public OutletRef findOrCreate(String name, OutletKind kind, String domain, String country) {
        if (name == null || name.isBlank()) {
            return unknown();
        }
        // "Associated Press via Local News 8" is AP's: the carrier is kept on the article, not as an outlet of its own.
        String trimmed = PublisherName.parse(name).publisher();
        Outlet outlet = outlets.findByNameIgnoreCase(trimmed)
                .or(() -> outlets.findBySlug(Slugs.of(trimmed)))
                .orElseGet(() -> outlets.save(new Outlet(trimmed, Slugs.of(trimmed), kind == null ? OutletKind.UNKNOWN : kind,
                        domain, country)));
        outlet.learn(kind == OutletKind.UNKNOWN ? null : kind, domain, country);
        return outlet.ref();
    }

    @Transactional(readOnly = true)
    public OutletRef unknown() {
        return outlets.findBySlug(Outlet.UNKNOWN_SLUG).orElseThrow().ref();
    }

    /** An outlet by slug or by name, as the filters accept both. */
    @Transactional(readOnly = true)
    public Optional<OutletRef> find(String slugOrName) {
        String key = slugOrName.strip();
        return outlets.findBySlug(key.toLowerCase(Locale.ROOT)).or(() -> outlets.findByNameIgnoreCase(key)).map(Outlet::ref);
    }

    /**
     * The outlets a filter form offers: the {@code limit} with the most articles (through outlet_size_idx) and the
     * chosen ones (by slug or name), most articles first; {@code limit + 1} are read, so the form knows there are more.
     */
    @Transactional(readOnly = true)
    public Offered forFilter(java.util.Collection<String> chosen, int limit) {
        List<String> keys = chosen == null ? List.of() : chosen.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<OutletSummary> found = jdbc.sql("""
                select * from (
                    (select o.id, o.name, o.slug, o.kind, o.domain, o.country, o.article_count as articles
                     from outlet o order by o.article_count desc, o.name limit :limit)
                    union
                    select o.id, o.name, o.slug, o.kind, o.domain, o.country, o.article_count
                    from outlet o where o.slug = any(:keys) or lower(o.name) = any(:keys)) f
                order by articles desc, name""").param("limit", limit + 1).param("keys", keys.toArray(String[]::new))
                .query((rs, n) -> new OutletSummary(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        OutletKind.valueOf(rs.getString("kind")), rs.getString("domain"), rs.getString("country"),
                        rs.getLong("articles")))
                .list();
        java.util.Set<String> wanted = java.util.Set.copyOf(keys);
        List<OutletSummary> others = found.stream().filter(o -> !isChosen(o, wanted)).toList();
        List<OutletSummary> shown = found.stream()
                .filter(o -> isChosen(o, wanted) || others.indexOf(o) < limit).toList();
        return new Offered(shown, others.size() > limit);
    }

    private static boolean isChosen(OutletSummary outlet, java.util.Set<String> keys) {
        return keys.contains(outlet.slug()) || keys.contains(outlet.name().toLowerCase(Locale.ROOT));
    }

    /** The outlets a filter form shows, and whether the archive has others (which can be typed by name). */
    public record Offered(List<OutletSummary> outlets, boolean more) {
    }

    /** Every outlet with its number of articles (kept up to date by the database), most articles first. */
    @Transactional(readOnly = true)
    public List<OutletSummary> summaries() {
        return jdbc.sql("""
                select o.id, o.name, o.slug, o.kind, o.domain, o.country, o.article_count as articles
                from outlet o order by o.article_count desc, o.name""")
                .query((rs, n) -> new OutletSummary(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        OutletKind.valueOf(rs.getString("kind")), rs.getString("domain"), rs.getString("country"),
                        rs.getLong("articles")))
                .list();
    }
}
