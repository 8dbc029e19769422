package io.parallax.outlet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Outlets, looked up by slug or name. */
public interface OutletRepository extends Repository<Outlet, Long> {

    Optional<Outlet> findBySlug(String slug);

    Optional<Outlet> findByNameIgnoreCase(String name);

    Outlet save(Outlet outlet);

    @Query("""
            select new io.parallax.outlet.OutletSummary(o.id, o.name, o.slug, o.kind, o.domain, o.country, count(a))
            from Outlet o left join io.parallax.article.Article a on a.outlet = o
            group by o.id, o.name, o.slug, o.kind, o.domain, o.country
            order by count(a) desc, o.name""")
    List<OutletSummary> summaries();
}
