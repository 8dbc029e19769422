package io.parallax.outlet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A publisher of articles: a wire agency, a newspaper, a broadcaster or an aggregator. */
@Entity
class Outlet {

    static final String UNKNOWN_SLUG = "unknown";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutletKind kind = OutletKind.UNKNOWN;

    private String country;

    protected Outlet() {
    }

    Outlet(String name, String slug, OutletKind kind, String domain, String country) {
        this.name = name;
        this.slug = slug;
        this.kind = kind;
        this.domain = domain;
        this.country = country;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    String getDomain() {
        return domain;
    }

    OutletKind getKind() {
        return kind;
    }

    String getCountry() {
        return country;
    }

    OutletRef ref() {
        return new OutletRef(id, name, slug, kind, domain, country);
    }

    /** Fills in what a later import knows and an earlier one did not; never overwrites what is there. */
    void learn(OutletKind kind, String domain, String country) {
        if (this.kind == OutletKind.UNKNOWN && kind != null) {
            this.kind = kind;
        }
        if (this.domain == null) {
            this.domain = domain;
        }
        if (this.country == null) {
            this.country = country;
        }
    }
}
