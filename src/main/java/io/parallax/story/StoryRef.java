package io.parallax.story;

/** A story as other features see it. */
public record StoryRef(long id, String name, String slug) {
}
