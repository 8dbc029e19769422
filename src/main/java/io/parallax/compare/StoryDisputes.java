package io.parallax.compare;

import org.springframework.stereotype.Component;

import io.parallax.article.ArticleFilter;
import io.parallax.story.StoryFacts;

/** Counts a story's facts in dispute from its claim matrix, for the stories pages. */
@Component
class StoryDisputes implements StoryFacts {

    private final ComparisonService comparisons;

    StoryDisputes(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public int factsInDispute(String storySlug) {
        Matrix matrix = comparisons.compare(ArticleFilter.none().validate().withStory(storySlug), false);
        return (int) matrix.rows().stream().filter(Matrix.Row::disagreement).count();
    }
}
