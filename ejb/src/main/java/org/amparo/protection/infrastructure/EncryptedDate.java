package org.amparo.protection.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalDate;

/** A date (of birth) stored encrypted as its ISO text; exact matches go through a blind index instead. */
@Converter
public class EncryptedDate implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : FieldCipher.encrypt(attribute.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        String text = FieldCipher.decrypt(dbData);
        return text == null ? null : LocalDate.parse(text.trim());
    }
}
