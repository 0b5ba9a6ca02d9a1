package org.amparo.shared.infrastructure;

/**
 * Recognises text that Excel or LibreOffice would take for a formula when a user opens or edits the cell
 * (the "CSV/formula injection" family). Such cells are written quote-prefixed: shown and kept as typed, never run.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
