package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Loads the labelled development set in src/test/resources/analysis/dev-set.txt. */
final class DevSet {

    /** One labelled claim: where it is and what it should normalise to. */
    record Label(ClaimType type, int start, int end, String text, ClaimValue value) {
    }

    /** One article or sentence with its labels. */
    record Item(String id, LocalDate published, ArticleText article, List<Label> labels) {
    }

    private DevSet() {
    }

    static List<Item> load() {
        String data = resource("dev-set.txt");
        List<Item> items = new ArrayList<>();
        for (String block : data.split("\n\\s*\n")) {
            List<String> lines = block.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            String[] head = lines.get(0).substring(1).strip().split("\\s+");
            String id = head[0];
            LocalDate published = LocalDate.parse(head[1]);
            String file = head.length > 2 && head[2].startsWith("file=") ? head[2].substring(5) : null;
            String title = null;
            List<String> paragraphs = new ArrayList<>();
            List<String[]> raw = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("title: ")) {
                    title = line.substring(7).strip();
                } else if (line.startsWith("> ")) {
                    paragraphs.add(line.substring(2).strip());
                } else {
                    raw.add(line.split("\t"));
                }
            }
            String body = file != null ? resource(file) : String.join("\n\n", paragraphs);
            List<Label> labels = new ArrayList<>();
            for (String[] f : raw) {
                if (f.length != 3) {
                    throw new IllegalArgumentException(id + ": bad label line " + String.join(" | ", f));
                }
                ClaimType type = ClaimType.valueOf(f[0]);
                String text = f[1];
                int occurrence = 1;
                int hash = text.lastIndexOf('#');
                if (hash > 0 && text.substring(hash + 1).matches("\\d+")) {
                    occurrence = Integer.parseInt(text.substring(hash + 1));
                    text = text.substring(0, hash);
                }
                int at = -1;
                for (int k = 0; k < occurrence; k++) {
                    at = body.indexOf(text, at + 1);
                    if (at < 0) {
                        throw new IllegalArgumentException(id + ": label text not found: " + f[1]);
                    }
                }
                labels.add(new Label(type, at, at + text.length(), text, value(type, f[2])));
            }
            items.add(new Item(id, published, new ArticleText(title, body), List.copyOf(labels)));
        }
        return List.copyOf(items);
    }

    static ClaimValue value(ClaimType type, String v) {
        switch (type) {
            case DATE -> {
                String[] p = v.strip().split("\\s+");
                return new DateValue(p[0], DatePrecision.valueOf(p[1]));
            }
            case TROOP_COUNT -> {
                String[] p = v.strip().split("\\s+");
                return new TroopCountValue(integer(p[0]), integer(p[1]), Qualifier.valueOf(p[2]));
            }
            default -> {
                String[] p = v.split(";");
                return new VoteValue(p[0].equals("-") ? null : p[0], integer(p[1]), integer(p[2]), integer(p[3]),
                        Boolean.parseBoolean(p[4].strip()));
            }
        }
    }

    private static Integer integer(String s) {
        return s.strip().equals("-") ? null : Integer.valueOf(s.strip());
    }

    static String resource(String name) {
        try (InputStream in = DevSet.class.getResourceAsStream("/analysis/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
