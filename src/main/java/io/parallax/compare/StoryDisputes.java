package io.parallax.compare;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import io.parallax.article.ArticleFilter;
import io.parallax.story.Stories;
import io.parallax.story.StoryEditing;
import io.parallax.story.StoryFacts;

/**
 * Counts a story's facts in dispute from its claim matrix, for the stories pages. Each count is kept under the story's
 * stamp, so the stories page builds a matrix only for a story that changed since it was last counted, not for every
 * story on every request.
 */
@Component
class StoryDisputes implements StoryFacts {

    private final ComparisonService comparisons;
    private final Stories stories;
    private final StoryEditing edits;
    private final Cache<String, Integer> counted = Caffeine.newBuilder().maximumSize(100_000).build();

    StoryDisputes(ComparisonService comparisons, Stories stories, StoryEditing edits) {
        this.comparisons = comparisons;
        this.stories = stories;
        this.edits = edits;
    }

    @Override
    public int factsInDispute(String storySlug) {
        return stories.find(storySlug).map(story -> counted.get(story.id() + "|" + stories.stamp(story.id()) + "|" + edits.version(),
                key -> count(story.slug()))).orElse(0);
    }

    private int count(String slug) {
        Matrix matrix = comparisons.compare(ArticleFilter.none().validate().withStory(slug), false);
        return (int) matrix.rows().stream().filter(Matrix.Row::disagreement).count();
    }
}
