package io.parallax.story;

import java.time.LocalDate;

/** A story with its size: articles, outlets and the dates its articles span. */
public record StoryOverview(long id, String name, String slug, long articles, long outlets, LocalDate firstPublished,
        LocalDate lastPublished) {
}
