package io.parallax.claim;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.parallax.analysis.ClaimType;

/** Stores a claim type by its name, in every entity that has one (claims, corrections, audit entries). */
@Converter(autoApply = true)
class ClaimTypeConverter implements AttributeConverter<ClaimType, String> {

    @Override
    public String convertToDatabaseColumn(ClaimType type) {
        return type == null ? null : type.name();
    }

    @Override
    public ClaimType convertToEntityAttribute(String name) {
        return name == null ? null : ClaimType.valueOf(name);
    }
}
