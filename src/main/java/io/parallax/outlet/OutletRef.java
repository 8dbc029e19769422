package io.parallax.outlet;

/** An outlet as other features see it. */
public record OutletRef(long id, String name, String slug, OutletKind kind, String domain, String country) {

    public static final String UNKNOWN_SLUG = Outlet.UNKNOWN_SLUG;

    public boolean isUnknown() {
        return UNKNOWN_SLUG.equals(slug);
    }
}
