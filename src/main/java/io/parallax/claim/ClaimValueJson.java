package io.parallax.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.ClaimValue;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.DateValue;

/**
 * Claim values as JSON documents, for the {@code claim.value} column and the API. Records map themselves by their
 * components; only a date, which holds a {@code java.time} type, is written as its ISO form and its precision. The
 * claim's type, stored beside the document, says which record to read it into.
 */
public final class ClaimValueJson {

    /** The mapping, as a module the API's mapper registers too. */
    public static final SimpleModule MODULE = new SimpleModule("claim-values")
            .setMixInAnnotation(DateValue.class, DateValueMixin.class)
            .setMixInAnnotation(ClaimType.class, ClaimTypeMixin.class);

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(MODULE)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ClaimValueJson() {
    }

    public static String write(ClaimValue value) {
        return MAPPER.writeValueAsString(value);
    }

    public static ClaimValue read(ClaimType type, String json) {
        return MAPPER.readValue(json, type.valueType());
    }

    /** A claim type is written as its name, "TROOP_COUNT", as it was when the types were an enum. */
    abstract static class ClaimTypeMixin {

        @JsonCreator
        static ClaimType valueOf(String name) {
            return ClaimType.valueOf(name);
        }

        @JsonValue
        abstract String name();
    }

    /** {"date": "2024-10", "precision": "MONTH"}. */
    abstract static class DateValueMixin {

        @JsonCreator
        DateValueMixin(@JsonProperty("date") String iso, @JsonProperty("precision") DatePrecision precision) {
        }

        @JsonIgnore
        abstract Object when();

        @JsonProperty("date")
        abstract String iso();

        @JsonProperty("precision")
        abstract DatePrecision precision();
    }
}
