package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A reproducible corpus of ~4 KB articles built by recombining development-set sentences with a fixed seed. */
final class BenchmarkCorpus {

    /** One generated article with its publication date. */
    record Article(ArticleText text, LocalDate published) {
    }

    private BenchmarkCorpus() {
    }

    static List<Article> generate(int count, int targetChars, long seed) {
        List<String> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (DevSet.Item item : DevSet.load()) {
            for (Sentence s : SentenceSplitter.split(item.article().body())) {
                sentences.add(s.text());
            }
            if (item.article().title() != null) {
                titles.add(item.article().title());
            }
        }
        LocalDate[] dates = {LocalDate.of(2024, 11, 6), LocalDate.of(2024, 10, 24), LocalDate.of(2025, 3, 14)};
        SplittableRandom random = new SplittableRandom(seed);
        List<Article> out = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            StringBuilder body = new StringBuilder(targetChars + 400);
            int inParagraph = 0;
            while (body.length() < targetChars) {
                if (inParagraph > 0) {
                    body.append(inParagraph >= 2 + random.nextInt(3) ? "\n\n" : " ");
                    if (body.charAt(body.length() - 1) == '\n') {
                        inParagraph = 0;
                    }
                }
                body.append(sentences.get(random.nextInt(sentences.size())));
                inParagraph++;
            }
            String title = random.nextInt(3) == 0 ? titles.get(random.nextInt(titles.size())) : null;
            out.add(new Article(new ArticleText(title, body.toString()), dates[random.nextInt(dates.length)]));
        }
        return List.copyOf(out);
    }
}
