package org.amparo.imports.infrastructure;

import java.time.LocalDate;

/**
 * One non-empty cell as read: its text (trimmed, non-breaking spaces made spaces), its number when it is one, its date
 * when the cell is formatted as a date, the target of its hyperlink if it has one, and whether it was a formula (its
 * value is then the one the spreadsheet last computed; nothing is ever evaluated here).
 */
public record SheetCell(String text, Double number, LocalDate date, String link, boolean formula) {

    public static SheetCell text(String text) {
        return new SheetCell(text, null, null, null, false);
    }

    SheetCell withLink(String target) {
        return new SheetCell(text, number, date, target, formula);
    }
}
