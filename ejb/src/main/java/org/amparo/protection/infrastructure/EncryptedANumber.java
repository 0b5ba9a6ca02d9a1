package org.amparo.protection.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.amparo.shared.domain.ANumber;

/** An A-number stored encrypted; the person's blind indexes answer exact searches on it. */
@Converter
public class EncryptedANumber implements AttributeConverter<ANumber, String> {

    @Override
    public String convertToDatabaseColumn(ANumber attribute) {
        return attribute == null ? null : FieldCipher.encrypt(attribute.digits());
    }

    @Override
    public ANumber convertToEntityAttribute(String dbData) {
        String text = FieldCipher.decrypt(dbData);
        return text == null ? null : ANumber.parse(text.trim());
    }
}
