package io.parallax.importer;

import org.springframework.stereotype.Component;

import io.parallax.importer.ArticleImporter.Prepared;
import io.parallax.story.ArticleDraft;
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
            StoryAssignment decision = assigner.assign(draft(article));
            return new Choice(decision.storyId(), decision);
        }
        return new Choice(stories.findOrCreate(named).id(), null);
    }

    /** Stores how the stored article came to its story, so editors can see it and later articles are compared with it. */
    void record(long articleId, Prepared article, Choice choice) {
        assigner.record(articleId, choice.storyId(), draft(article), choice.decision());
    }

    private static ArticleDraft draft(Prepared p) {
        return new ArticleDraft(p.text().title(), p.text().body(), p.publication().date());
    }
}
