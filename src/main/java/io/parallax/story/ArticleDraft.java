package io.parallax.story;

import java.time.LocalDate;

/** What story assignment reads of an article before it is stored: its headline, its text and its date, if known. */
public record ArticleDraft(String title, String body, LocalDate publishedOn) {
}
