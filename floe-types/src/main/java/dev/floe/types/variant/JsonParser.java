package dev.floe.types.variant;

import java.math.BigDecimal;

/**
 * PARSE_JSON: JSON text straight to the binary form, with Snowflake's leniency and its error
 * messages ({@code Error parsing JSON: <what>, pos <n>}, n 1-based; a fault about a token that was
 * read is placed just past it, a fault about an unexpected character at that character).
 *
 * <p>Lenient like Snowflake: keywords in any case, unquoted object keys, a trailing comma in an
 * object (ignored) or an array (an undefined element), NaN and Infinity, leading zeros and a
 * leading '+' or '.'. Numbers: no fraction nor exponent gives INTEGER, a fraction gives DECIMAL
 * (exact), an exponent or more than 38 digits or a scale above 37 gives DOUBLE.
 */
final class JsonParser {
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private final int length;
    private final boolean keepLastDuplicate;
    private final VariantWriter out = new VariantWriter();
    private int i;
    private int depth;

    private JsonParser(String text, boolean keepLastDuplicate) {
        this.text = text;
        this.length = text.length();
        this.keepLastDuplicate = keepLastDuplicate;
    }

    /** The parsed value, or null (SQL NULL) for an empty or blank document. */
    static byte[] parse(String text, boolean keepLastDuplicate) {
        return new JsonParser(text, keepLastDuplicate).document();
    }

    private byte[] document() {
        skipWhitespace();
        if (i == length) {
            return null;
        }
        if (text.charAt(i) == ',') {
            // An empty prefix is itself a (null) document; what follows it is garbage.
            throw new VariantException("Error parsing JSON: garbage after valid input document");
        }
        value();
        skipWhitespace();
        if (i < length) {
            char c = text.charAt(i);
            // Snowflake places no position on these two.
            throw new VariantException("Error parsing JSON: " + (c == '{' || c == '[' || c == '"'
                ? "more than one document in the input"
                : "garbage after valid input document"));
        }
        return out.toByteArray();
    }

    private void value() {
        char c = text.charAt(i);
        switch (c) {
            case '{': object(); return;
            case '[': array(); return;
            case '"': string(); return;
            case '}': case ']': throw failureAt("misplaced " + c, i);
            case ',': throw failureAt("misplaced comma", i);
            case ':': throw failureAt("misplaced colon", i);
            default:
        }
        if (c == '-' || c == '+' || c == '.' || isDigit(c)) {
            number();
        } else if (isWordStart(c)) {
            keyword();
        } else {
            throw failureAt("invalid character outside of a string: '" + c + "'", i);
        }
    }

    private void object() {
        enter();
        int start = out.position();
        int mark = out.stackMark();
        i++;
        while (true) {
            skipWhitespace();
            if (i == length) {
                throw incomplete("object");
            }
            char c = text.charAt(i);
            if (c == '}') {
                i++;
                break;
            }
            int keyStart = out.position();
            int keyEnd;
            if (c == '"') {
                stringContent();
                keyEnd = i;
            } else if (isWordStart(c)) {
                int wordEnd = wordEnd(i);
                out.appendUtf8(text, i, wordEnd);
                i = wordEnd;
                keyEnd = i;
            } else {
                throw notAKey(c);
            }
            out.markKey(keyStart, keyEnd);
            skipWhitespace();
            if (i == length) {
                throw incomplete("object");
            }
            c = text.charAt(i);
            if (c != ':') {
                throw unexpected(c, "missing colon");
            }
            i++;
            skipWhitespace();
            if (i == length) {
                throw incomplete("object");
            }
            value();
            skipWhitespace();
            if (i == length) {
                throw incomplete("object");
            }
            c = text.charAt(i);
            if (c == ',') {
                i++;
            } else if (c == '}') {
                i++;
                break;
            } else {
                throw unexpected(c, "missing comma");
            }
        }
        int duplicateAt = out.finishObject(start, mark, keepLastDuplicate);
        if (duplicateAt >= 0) {
            throw new VariantException("Error parsing JSON: duplicate object attribute \""
                + out.duplicateKey() + "\", pos " + duplicateAt);
        }
        depth--;
    }

    private void array() {
        enter();
        int start = out.position();
        int mark = out.stackMark();
        i++;
        skipWhitespace();
        if (i < length && text.charAt(i) == ']') {
            i++;
        } else {
            while (true) {
                skipWhitespace();
                if (i == length) {
                    throw incomplete("array");
                }
                out.markElement();
                if (text.charAt(i) == ']') {
                    // A trailing comma leaves an undefined last element, as in Snowflake.
                    out.writeUndefined();
                    i++;
                    break;
                }
                value();
                skipWhitespace();
                if (i == length) {
                    throw incomplete("array");
                }
                char c = text.charAt(i);
                if (c == ',') {
                    i++;
                } else if (c == ']') {
                    i++;
                    break;
                } else {
                    throw unexpected(c, "missing comma");
                }
            }
        }
        out.finishArray(start, mark);
        depth--;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw failureAt("document is nested more than " + MAX_DEPTH + " levels deep", i);
        }
    }

    private void string() {
        int start = out.beginString();
        stringContent();
        out.endString(start);
    }

    /** Decodes the string starting at the opening quote into the writer; leaves i past the closing quote. */
    private void stringContent() {
        i++;
        int run = i;
        while (true) {
            if (i >= length) {
                throw failureAt("unfinished string", length);
            }
            char c = text.charAt(i);
            if (c == '"') {
                out.appendUtf8(text, run, i);
                i++;
                return;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            out.appendUtf8(text, run, i);
            if (i + 1 >= length) {
                throw failureAt("unfinished string", length);
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case '"': out.appendByte('"'); break;
                case '\\': out.appendByte('\\'); break;
                case '/': out.appendByte('/'); break;
                case 'b': out.appendByte('\b'); break;
                case 'f': out.appendByte('\f'); break;
                case 'n': out.appendByte('\n'); break;
                case 'r': out.appendByte('\r'); break;
                case 't': out.appendByte('\t'); break;
                case 'u': out.appendCodePoint(unicodeEscape()); break;
                default: throw failureAt("invalid escape sequence '\\" + e + "'", i - 1);
            }
            run = i;
        }
    }

    /** The code point of a \\uXXXX escape (i just past the 'u'), joining a surrogate pair. */
    private int unicodeEscape() {
        int unit = hex4();
        if (Character.isHighSurrogate((char) unit) && i + 1 < length
                && text.charAt(i) == '\\' && text.charAt(i + 1) == 'u') {
            int save = i;
            i += 2;
            int low = hex4();
            if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) unit, (char) low);
            }
            i = save;
        }
        return unit;
    }

    private int hex4() {
        if (i + 4 > length) {
            throw failureAt("unfinished string", length);
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(text.charAt(i + k), 16);
            if (d < 0) {
                throw failureAt("invalid \\u escape sequence", i + k);
            }
            v = (v << 4) | d;
        }
        i += 4;
        return v;
    }

    private void keyword() {
        int start = i;
        i = wordEnd(i);
        if (isWord(start, "null")) {
            out.writeNull();
        } else if (isWord(start, "true")) {
            out.writeBoolean(true);
        } else if (isWord(start, "false")) {
            out.writeBoolean(false);
        } else if (isWord(start, "nan")) {
            out.writeDouble(Double.NaN);
        } else if (isWord(start, "infinity") || isWord(start, "inf")) {
            out.writeDouble(Double.POSITIVE_INFINITY);
        } else {
            throw failure("unknown keyword \"" + text.substring(start, i) + "\"");
        }
    }

    /** Whether the word from {@code start} to i is {@code keyword}, in any case. */
    private boolean isWord(int start, String keyword) {
        return i - start == keyword.length() && text.regionMatches(true, start, keyword, 0, keyword.length());
    }

    private void number() {
        int start = i;
        boolean negative = false;
        char c = text.charAt(i);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
            if (i < length && text.charAt(i) == '-') {
                throw failureAt("stray minus sign", i);
            }
            if (i == length || !(isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                if (i < length && isWordStart(text.charAt(i))) {
                    signedKeyword(start, negative);
                    return;
                }
                throw failure("no number after a sign");
            }
        }
        long unscaled = 0;
        int digits = 0;          // significant digits accumulated (leading zeros skipped)
        int scale = 0;
        boolean fraction = false;
        boolean overflow = false;
        int anyDigits = 0;
        while (i < length) {
            c = text.charAt(i);
            if (isDigit(c)) {
                anyDigits++;
                if (fraction) {
                    scale++;
                }
                if (digits > 0 || c != '0') {
                    if (digits < 18) {
                        unscaled = unscaled * 10 + (c - '0');
                    } else {
                        overflow = true;
                    }
                    digits++;
                }
                i++;
            } else if (c == '.' && !fraction) {
                fraction = true;
                i++;
            } else {
                break;
            }
        }
        boolean exponent = false;
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && anyDigits > 0) {
            exponent = true;
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == expDigits) {
                throw failure("missing decimal exponent digits: '" + text.substring(start, i) + "'");
            }
        }
        if (anyDigits == 0 || (i < length && (isWordPart(text.charAt(i)) || text.charAt(i) == '.'))) {
            int end = i;
            while (end < length && (isWordPart(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
            throw failureAt("garbage in the numeric literal: " + text.substring(start, end) + " ", end);
        }
        if (exponent) {
            out.writeDouble(Double.parseDouble(numberText(start)));
        } else if (overflow || scale > VariantFormat.MAX_SCALE) {
            wideNumber(start, fraction);
        } else if (fraction) {
            out.writeDecimal(negative ? -unscaled : unscaled, scale);
        } else {
            out.writeLong(negative ? -unscaled : unscaled);
        }
    }

    /** A number with more than 18 digits or places: exact up to 38 digits and 37 places, else DOUBLE. */
    private void wideNumber(int start, boolean fraction) {
        BigDecimal exact = new BigDecimal(numberText(start));
        BigDecimal stripped = exact.scale() > 0 ? exact.stripTrailingZeros() : exact;
        if (stripped.precision() <= VariantFormat.MAX_PRECISION && stripped.scale() <= VariantFormat.MAX_SCALE) {
            out.writeExact(stripped, !fraction);
        } else {
            out.writeDouble(exact.doubleValue());
        }
    }

    private void signedKeyword(int start, boolean negative) {
        int wordStart = i;
        i = wordEnd(i);
        if (isWord(wordStart, "infinity") || isWord(wordStart, "inf")) {
            out.writeDouble(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        } else if (isWord(wordStart, "nan")) {
            out.writeDouble(Double.NaN);
        } else {
            throw failure("unknown keyword \"" + text.substring(start, i) + "\"");
        }
    }

    /** The number text from {@code start} to i, without a leading '+' (which BigDecimal accepts, Double too). */
    private String numberText(int start) {
        return text.substring(text.charAt(start) == '+' ? start + 1 : start, i);
    }

    private void skipWhitespace() {
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                i++;
            } else {
                return;
            }
        }
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < length && isWordPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private VariantException unexpected(char c, String otherwise) {
        if (c == '}' || c == ']') {
            return failureAt("misplaced " + c, i);
        }
        if (c == ',') {
            return failureAt("misplaced comma", i);
        }
        return failureAt(otherwise, i);
    }

    /** Where an object key belongs but {@code c} (not a quote, letter or closing brace) stands. */
    private VariantException notAKey(char c) {
        switch (c) {
            case ']': return failureAt("misplaced ]", i);
            case ',': return failureAt("misplaced comma", i);
            case ':': return failureAt("misplaced colon", i);
            case '{': case '[': case '-': case '+': case '.': return failureAt("object key expected", i);
            default:
                return isDigit(c) ? failureAt("object key expected", i)
                    : failureAt("invalid character outside of a string: '" + c + "'", i);
        }
    }

    private VariantException incomplete(String container) {
        return failureAt("incomplete " + container + " value", length);
    }

    /** A fault about the token just read: placed just past it. */
    private VariantException failure(String what) {
        return failureAt(what, i);
    }

    /** A fault at 0-based index {@code at}, reported 1-based. */
    private static VariantException failureAt(String what, int at) {
        return new VariantException("Error parsing JSON: " + what + ", pos " + (at + 1));
    }
}
