package io.parallax.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.article.Publication;

/**
 * Works out a publication date that no source stated, from the web address or from the dates the text itself
 * gives, and says which; the date is then marked inferred with that reason, as the seed manifest does by hand.
 */
final class DateInference {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + "\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final DateTimeFormatter SAYING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DateInference() {
    }

    /** An inferred publication date with its reason, or empty when neither the address nor the text gives one. */
    static Optional<Publication> infer(String url, String body) {
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
                if (date.isPresent()) {
                    return Optional.of(new Publication(date.get(), null, true, "the date in the web address"));
                }
            }
        }
        // An article reports on the past: the latest complete date it mentions is the nearest to its publication.
        LocalDate latest = null;
        for (LocalDate date : (Iterable<LocalDate>) () -> textDates(body).iterator()) {
            if (latest == null || date.isAfter(latest)) {
                latest = date;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(new Publication(latest, null, true,
                "the latest full date the text mentions (" + SAYING.format(latest) + ")"));
    }

    private static java.util.stream.Stream<LocalDate> textDates(String body) {
        java.util.stream.Stream.Builder<LocalDate> dates = java.util.stream.Stream.builder();
        Matcher m = MONTH_DAY_YEAR.matcher(body);
        while (m.find()) {
            date(m.group(3), month(m.group(1)), m.group(2)).ifPresent(dates);
        }
        m = DAY_MONTH_YEAR.matcher(body);
        while (m.find()) {
            date(m.group(3), month(m.group(2)), m.group(1)).ifPresent(dates);
        }
        m = ISO.matcher(body);
        while (m.find()) {
            date(m.group(1), m.group(2), m.group(3)).ifPresent(dates);
        }
        return dates.build();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        }
        catch (DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
