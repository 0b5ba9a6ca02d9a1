package org.amparo.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link ANumber} as its nine digits. */
@Converter(autoApply = true)
public class ANumberConverter implements AttributeConverter<ANumber, String> {

    @Override
    public String convertToDatabaseColumn(ANumber attribute) {
        return attribute == null ? null : attribute.digits();
    }

    @Override
    public ANumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : ANumber.parse(dbData);
    }
}
