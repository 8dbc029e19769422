package io.parallax.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A news story that several articles report on, such as "Russia–North Korea treaty, 2024". */
@Entity
class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    protected Story() {
    }

    Story(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    StoryRef ref() {
        return new StoryRef(id, name, slug);
    }
}
