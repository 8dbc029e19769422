package io.parallax.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StoryRepository extends Repository<Story, Long> {

    Optional<Story> findByNameIgnoreCase(String name);

    Optional<Story> findBySlug(String slug);

    Optional<Story> findById(Long id);

    List<Story> findAllByOrderByName();

    Story save(Story story);
}
