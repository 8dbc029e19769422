package io.parallax.outlet;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Outlets, looked up by slug or name. */
interface OutletRepository extends Repository<Outlet, Long> {

    Optional<Outlet> findBySlug(String slug);

    Optional<Outlet> findByNameIgnoreCase(String name);

    Outlet save(Outlet outlet);
}
