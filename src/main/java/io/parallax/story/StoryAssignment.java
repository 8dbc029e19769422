package io.parallax.story;

/**
 * Which story an article joins and why: the story it is most similar to, with that similarity (0 to 1), or a new story
 * named from its headline when nothing is similar enough.
 */
public record StoryAssignment(long storyId, String storyName, String storySlug, double similarity, boolean newStory,
        String reason) {
}
