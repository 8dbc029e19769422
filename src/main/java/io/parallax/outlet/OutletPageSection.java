package io.parallax.outlet;

import java.util.Map;

/** A part of an outlet's page that another feature owns: it adds what its section of the template shows. */
public interface OutletPageSection {

    void addTo(OutletRef outlet, Map<String, Object> model);
}
