package dev.floe.types.time;

/**
 * One step of a compiled {@link TemporalFormat}: an element, or literal text.
 *
 * @param element what the step writes or reads
 * @param literal the text of a {@link FormatElement#LITERAL}; empty otherwise
 * @param fractionDigits for {@link FormatElement#FRACTION}, the digits written (FF is FF9)
 * @param dotted for {@link FormatElement#FRACTION}, whether a '.' precedes it; when reading, the dot
 *     and the digits may both be missing
 */
record FormatPiece(FormatElement element, String literal, int fractionDigits, boolean dotted) {
    static FormatPiece of(FormatElement element) {
        return new FormatPiece(element, "", 0, false);
    }

    static FormatPiece literal(String text) {
        return new FormatPiece(FormatElement.LITERAL, text, 0, false);
    }

    static FormatPiece fraction(int digits, boolean dotted) {
        return new FormatPiece(FormatElement.FRACTION, "", digits, dotted);
    }
}
