package org.amparo.protection.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A text field stored encrypted ({@link FieldCipher}); the column must hold the longer ciphertext. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return FieldCipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return FieldCipher.decrypt(dbData);
    }
}
