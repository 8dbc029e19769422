package io.parallax.importer;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.parallax.importer.ArticleImporter.Prepared;
import io.parallax.story.Stories;
import io.parallax.story.StoryAssigner;
import io.parallax.story.StoryAssignment;

/** Which story an imported article joins: the one it names, or the one the story feature chooses for it. */
@Component
class StoryChoice {

    private final Stories stories;
    private final StoryAssigner assigner;

    StoryChoice(Stories stories, StoryAssigner assigner) {
        this.stories = stories;
        this.assigner = assigner;
    }

    /** The story, and the assignment decision when the article named none. */
    record Choice(long storyId, StoryAssignment decision) {
    }

    Choice storyFor(Prepared article) {
        String named = ArticleImporter.blankToNull(article.submission().story());
        if (named == null) {
            StoryAssignment decision = assigner.assign(article.terms());
            return new Choice(decision.storyId(), decision);
        }
        return new Choice(stories.findOrCreate(named).id(), null);
    }

    /**
     * Stores how each stored article came to its story (article ids, articles and choices in the same order), so
     * editors can see it and later articles are compared with it: one batch for the lot.
     */
    void recordAll(List<Long> articleIds, List<Prepared> articles, List<Choice> choices) {
        List<StoryAssigner.Recorded> batch = new ArrayList<>(articleIds.size());
        for (int i = 0; i < articleIds.size(); i++) {
            batch.add(new StoryAssigner.Recorded(articleIds.get(i), choices.get(i).storyId(), articles.get(i).terms(),
                    choices.get(i).decision()));
        }
        assigner.recordAll(batch);
    }
}
