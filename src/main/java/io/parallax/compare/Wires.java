package io.parallax.compare;

import java.util.Locale;
import java.util.Map;

/** One name per wire agency, however a credit spells it: "Associated Press", "AP" and "The AP" are all AP. */
final class Wires {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"),
            Map.entry("the ap", "AP"), Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"),
            Map.entry("agence france presse", "AFP"), Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
            Map.entry("tass", "TASS"), Map.entry("interfax", "Interfax"), Map.entry("ria novosti", "RIA Novosti"),
            Map.entry("yonhap", "Yonhap"), Map.entry("yonhap news agency", "Yonhap"), Map.entry("kcna", "KCNA"),
            Map.entry("dpa", "dpa"), Map.entry("efe", "EFE"), Map.entry("anadolu", "Anadolu"),
            Map.entry("anadolu agency", "Anadolu"), Map.entry("xinhua", "Xinhua"), Map.entry("ukrinform", "Ukrinform"));

    private Wires() {
    }

    static String name(String credit) {
        String key = credit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return NAMES.getOrDefault(key, credit.strip());
    }
}
