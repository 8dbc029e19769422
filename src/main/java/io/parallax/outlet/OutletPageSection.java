package io.parallax.outlet;

import java.util.Map;

/** A part of an outlet's page that another feature owns: it adds what its section of the template shows. */
public interface OutletPageSection {

    void addTo(OutletRef outlet, Pages pages, Map<String, Object> model);

    /** Which page (from 1) of each of the outlet page's long lists to show, so the page never grows with the archive. */
    record Pages(int articles, int claims, int checks) {

        public static final int ARTICLES = 50;
        public static final int CLAIMS = 100;
        public static final int CHECKS = 50;
    }
}
