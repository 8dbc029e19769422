package io.parallax.importer;

import org.springframework.stereotype.Component;

import io.parallax.importer.ArticleImporter.Prepared;
import io.parallax.story.Stories;

/** Which story an imported article joins: the one it names, or the one the story feature chooses for it. */
@Component
class StoryChoice {

    private final Stories stories;

    StoryChoice(Stories stories) {
        this.stories = stories;
    }

    long storyFor(Prepared article) {
        return stories.findOrCreate(article.submission().story()).id();
    }
}
