package io.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.analysis.ClaimType;
import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSearch;
import io.parallax.article.ArticleSummary;
import io.parallax.claim.ClaimView;
import io.parallax.claim.Claims;
import io.parallax.story.Stories;
import io.parallax.story.StoryEditing;
import io.parallax.system.RequestDeadline;
import io.parallax.compare.Matrix.ArticleRef;
import io.parallax.compare.Matrix.Cell;
import io.parallax.compare.Matrix.Column;
import io.parallax.compare.Matrix.Entry;
import io.parallax.compare.Matrix.Group;
import io.parallax.compare.Matrix.Row;

/**
 * Builds the claim matrix for the articles a filter selects, with two queries (articles, then their claims): rows are
 * the subjects the engine found, cells what each outlet wrote, and each row says where outlets agree and why they differ.
 */
@Service
public class ComparisonService {

    private final ArticleSearch articles;
    private final Claims claims;
    private final Lineage lineage;
    /**
     * Recent matrices ({@code parallax.compare.cached-matrices}, 64 by default; 0 turns the cache off, as the scale
     * benchmark does to measure uncached matrices), each under a key that changes with its own story only (see
     * {@link Stories#stamp(long)}).
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Matrix> recent;

    private final java.util.concurrent.atomic.AtomicLong built = new java.util.concurrent.atomic.AtomicLong();

    private final Stories stories;
    private final StoryEditing storyEdits;

    ComparisonService(ArticleSearch articles, Claims claims, Lineage lineage, Stories stories, StoryEditing storyEdits,
            @org.springframework.beans.factory.annotation.Value("${parallax.compare.cached-matrices:64}") int cachedMatrices) {
        this.recent = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(cachedMatrices).build();
        this.stories = stories;
        this.storyEdits = storyEdits;
        this.articles = articles;
        this.claims = claims;
        this.lineage = lineage;
    }

    @Transactional(readOnly = true)
    public Matrix compare(ArticleFilter.Criteria criteria) {
        return compare(criteria, true);
    }

    /**
     * The matrix; without the claims' sentences when {@code withSentences} is false, for the page, which fetches its few.
     * Recent matrices are kept until an import or a re-extraction changes the claims.
     */
    @Transactional(readOnly = true)
    public Matrix compare(ArticleFilter.Criteria criteria, boolean withSentences) {
        // One story's facts at a time: without a story, the largest one.
        if (criteria.story() == null) {
            criteria = scoped(criteria);
        }
        String key = criteria + "|" + withSentences + "|" + version(criteria) + "|" + storyEdits.version();
        Matrix cached = recent.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Matrix matrix = computeMatrix(criteria, withSentences);
        built.incrementAndGet();
        recent.put(key, matrix);
        return matrix;
    }

    /**
     * What the matrix depends on: its story's own articles, extractions and lineage when it has a story (an import into
     * another story leaves it cached), else the whole archive's versions.
     */
    private String version(ArticleFilter.Criteria criteria) {
        java.util.Optional<io.parallax.story.StoryRef> story = criteria.story() == null ? java.util.Optional.empty()
                : stories.find(criteria.story());
        return story.map(s -> "story:" + s.id() + ":" + stories.stamp(s.id()))
                .orElseGet(() -> claims.version() + "|" + lineage.version());
    }

    /** How many matrices were built rather than found cached since start: what the caches save, for tests. */
    long matricesBuilt() {
        return built.get();
    }

    /** The filters as given, or with the largest story when they name none, so that no matrix mixes two stories. */
    @Transactional(readOnly = true)
    public ArticleFilter scoped(ArticleFilter filter) {
        if (filter.story() != null && !filter.story().isBlank()) {
            return filter;
        }
        return stories.largest().map(s -> filter.withStory(s.slug())).orElse(filter);
    }

    private ArticleFilter.Criteria scoped(ArticleFilter.Criteria criteria) {
        return stories.largest().map(s -> criteria.withStory(s.slug())).orElse(criteria);
    }

    private Matrix computeMatrix(ArticleFilter.Criteria criteria, boolean withSentences) {
        List<ArticleSummary> found = articles.all(criteria);
        Map<Long, Lineage.Link> links = lineage.of(found.stream().map(ArticleSummary::id).toList());
        Map<Long, ArticleRef> refs = new LinkedHashMap<>();
        for (ArticleSummary a : found) {
            refs.put(a.id(), ref(a.id(), a.title(), a.outletName(), a.outletSlug(), a.publishedOn(), a.publishedOnInferred(),
                    a.wire(), links.get(a.id())));
        }
        List<Column> columns = columns(refs.values());
        Map<String, List<ClaimView>> bySubject = claims.forArticles(refs.keySet(), withSentences).stream()
                .filter(c -> c.subjectKey() != null)
                .collect(Collectors.groupingBy(c -> c.type() + "|" + c.subjectKey(), LinkedHashMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<ClaimView> rowClaims : bySubject.values()) {
            RequestDeadline.check();
            rows.add(row(rowClaims, columns, refs));
        }
        // Genuine disagreements first, then changes over time, agreement and single sources; the best-backed first.
        rows.sort(Comparator.comparing(Row::verdict).thenComparing(Comparator.comparingInt(Row::sources).reversed())
                .thenComparing(Row::label).thenComparing(Row::type));
        return new Matrix(columns, rows, refs.size(), columns.size());
    }

    /**
     * An article with the independent source it counts as: the wire agency of the story it copies or rewrites, or whose
     * story it is, else its own outlet.
     */
    static ArticleRef ref(long id, String title, String outlet, String slug, LocalDate publishedOn, boolean inferred,
            String wire, Lineage.Link link) {
        String originWire = link == null ? wire : link.root().wire();
        String originOutlet = link == null ? outlet : link.root().outlet();
        String originSlug = link == null ? slug : link.root().outletSlug();
        String key;
        String name;
        if (originWire != null && !originWire.isBlank()) {
            name = Wires.name(originWire);
            key = "wire:" + name.toLowerCase(java.util.Locale.ROOT);
        }
        else if (link != null && link.root().wireAgency()) {
            name = Wires.name(originOutlet);
            key = "wire:" + name.toLowerCase(java.util.Locale.ROOT);
        }
        else {
            name = originOutlet;
            key = "outlet:" + originSlug;
        }
        return new ArticleRef(id, title, outlet, slug, publishedOn, inferred, wire, key, name, link);
    }

    /** The sentences of the claims a page shows as examples of each cell's values, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> sentencesShown(Matrix matrix, int valuesPerCell) {
        return claims.sentences(matrix.rows().stream().flatMap(r -> r.cells().stream())
                .flatMap(c -> c.values().stream().limit(valuesPerCell)).map(v -> v.example().claim().id()).toList());
    }

    /** Outlets ordered by their earliest article, so the columns read as the story unfolded. */
    private static List<Column> columns(java.util.Collection<ArticleRef> refs) {
        Map<String, List<ArticleRef>> byOutlet = refs.stream().collect(Collectors.groupingBy(ArticleRef::outletSlug,
                LinkedHashMap::new, Collectors.toList()));
        return byOutlet.values().stream()
                .map(list -> new Column(list.get(0).outlet(), list.get(0).outletSlug(), list))
                .sorted(Comparator.comparing((Column c) -> earliest(c.articles()), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Column::outlet))
                .toList();
    }

    private static LocalDate earliest(List<ArticleRef> articles) {
        return articles.stream().map(ArticleRef::publishedOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The verdict over the given claims of one fact, as the matrix would reach it. */
    static Verdicts.Decision decide(ClaimType type, List<ClaimView> claims, Map<Long, ArticleRef> refs) {
        return decide(type, cluster(claims), refs);
    }

    private static Verdicts.Decision decide(ClaimType type, Clustering clustering, Map<Long, ArticleRef> refs) {
        List<Group> groups = clustering.groups().stream().map(c -> group(c, refs)).toList();
        List<Entry> fitEither = clustering.ambiguous().stream().map(c -> new Entry(refs.get(c.articleId()), c, false)).toList();
        return Verdicts.decide(type, groups, fitEither);
    }

    private Row row(List<ClaimView> rowClaims, List<Column> columns, Map<Long, ArticleRef> refs) {
        ClaimView first = rowClaims.get(0);
        // Clustered once: the verdict and the cells' marks read the same groups.
        Clustering clustering = cluster(rowClaims);
        Verdicts.Decision decision = decide(first.type(), clustering, refs);
        List<Group> groups = decision.groups();
        Set<Long> consensus = decision.consensus() == null ? Set.of()
                : decision.consensus().entries().stream().map(e -> e.claim().id()).collect(Collectors.toSet());
        Set<Long> ambiguous = clustering.ambiguous().stream().map(ClaimView::id).collect(Collectors.toSet());
        // Cells are marked only where sources genuinely disagree: a figure that changed over time is not a dissent.
        boolean marks = decision.verdict().differs() && !consensus.isEmpty();
        Map<Long, List<ClaimView>> byArticle = rowClaims.stream().collect(Collectors.groupingBy(ClaimView::articleId));
        List<Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            List<Entry> entries = new ArrayList<>();
            for (ArticleRef article : column.articles()) {
                byArticle.getOrDefault(article.id(), List.of()).forEach(c -> entries.add(
                        new Entry(article, c, marks && !consensus.contains(c.id()) && !ambiguous.contains(c.id()))));
            }
            cells.add(new Cell(column.outlet(), column.slug(), entries));
        }
        List<Group> marked = groups.stream().map(g -> new Group(g.value(), g.entries().stream()
                .map(e -> new Entry(e.article(), e.claim(), marks && !consensus.contains(e.claim().id()))).toList(),
                g.outlets(), g.sources(), g.firstPublished(), g.lastPublished())).toList();
        return new Row(first.subjectKey(), first.subjectLabel(), question(first.type(), first.subjectLabel()), first.type(),
                decision.consensus() == null ? null : decision.consensus().value(), decision.verdict(), decision.reason(),
                decision.reasoning(), decision.change(), decision.sources(), cells, marked);
    }

    /**
     * Groups claims so that every claim in a group is compatible with every other; the most specific claims seed the
     * groups, and a vague claim that fits several groups ("thousands" beside "3,000" and "10,000") joins none of them.
     */
    static Clustering cluster(List<ClaimView> claims) {
        // Claims with the same value behave alike, so the groups are made from distinct values: a story of a thousand
        // articles has thousands of claims per fact but only a few dozen values.
        Map<String, List<ClaimView>> byValue = claims.stream()
                .collect(Collectors.groupingBy(ClaimView::valueLabel, LinkedHashMap::new, Collectors.toList()));
        List<ClaimView> distinct = new ArrayList<>(byValue.values().stream().map(list -> list.get(0)).toList());
        distinct.sort(Comparator.comparingInt(ComparisonService::vagueness).thenComparingLong(ClaimView::id));
        List<List<ClaimView>> clusters = new ArrayList<>();
        List<ClaimView> ambiguous = new ArrayList<>();
        for (ClaimView claim : distinct) {
            RequestDeadline.check();
            List<List<ClaimView>> fitting = clusters.stream()
                    .filter(group -> group.stream().allMatch(other -> Compatibility.compatible(claim, other))).toList();
            if (fitting.isEmpty()) {
                clusters.add(new ArrayList<>(List.of(claim)));
            }
            else if (fitting.size() == 1) {
                fitting.get(0).add(claim);
            }
            else {
                ambiguous.add(claim);
            }
        }
        Function<List<ClaimView>, List<ClaimView>> expand = values -> values.stream()
                .flatMap(v -> byValue.get(v.valueLabel()).stream()).toList();
        return new Clustering(clusters.stream().map(expand).toList(), expand.apply(ambiguous));
    }

    /** Groups of mutually compatible claims, and the claims that fit more than one group. */
    record Clustering(List<List<ClaimView>> groups, List<ClaimView> ambiguous) {
    }

    private static int vagueness(ClaimView c) {
        return c.value().vagueness();
    }

    private static Group group(List<ClaimView> cluster, Map<Long, ArticleRef> refs) {
        List<Entry> entries = cluster.stream().map(c -> new Entry(refs.get(c.articleId()), c, false)).toList();
        List<String> outlets = entries.stream().map(e -> e.article().outlet()).distinct().toList();
        Map<String, String> bySource = new LinkedHashMap<>();
        // one source however outlets spell it: the engine's source key where it gave one
        cluster.stream().filter(c -> c.attributionLabel() != null).forEach(c -> bySource.putIfAbsent(
                c.sourceKey() != null ? c.sourceKey() : Sources.key(c.attributionLabel()), c.attributionLabel()));
        List<LocalDate> dates = entries.stream().map(e -> e.article().publishedOn()).filter(Objects::nonNull).sorted().toList();
        return new Group(representative(cluster), entries, outlets, List.copyOf(bySource.values()),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
    }

    /** The value a group stands for: its most specific claim, said as a reader would say it. */
    static String representative(List<ClaimView> cluster) {
        return cluster.stream().min(Comparator.comparingInt(ComparisonService::vagueness).thenComparingLong(ClaimView::id))
                .map(ClaimView::valueLabel).orElse(null);
    }

    static String question(ClaimType type, String label) {
        String subject = label == null ? "this fact" : inSentence(label);
        if (type.equals(ClaimType.DATE)) {
            return "When was the " + subject + "?";
        }
        if (type.equals(ClaimType.VOTE)) {
            return "What was the vote in the " + subject + "?";
        }
        if (type.equals(ClaimType.TROOP_COUNT)) {
            return "How many " + subject + "?";
        }
        // a discovered kind: "What is the casualty count of the ...?"
        return "What is the " + type.label().toLowerCase(java.util.Locale.ROOT) + " of the " + subject + "?";
    }

    /** "Treaty signing" reads "treaty signing" mid-sentence; "State Duma ratification" keeps its capitals. */
    private static String inSentence(String label) {
        String[] words = label.split(" ", 3);
        boolean properNoun = words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
        boolean acronym = words[0].length() > 1 && words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT));
        if (properNoun || acronym) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
