package io.parallax.story;

/**
 * How many of a story's facts the outlets disagree on, as the comparison counts them. The comparison implements it, so
 * that it depends on stories and never the other way round.
 */
public interface StoryFacts {

    int factsInDispute(String storySlug);
}
