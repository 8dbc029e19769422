package io.parallax.importer;

/** Where an import job was started: the bulk API or the "Add articles" page. */
public enum ImportOrigin {
    API, BROWSER
}
