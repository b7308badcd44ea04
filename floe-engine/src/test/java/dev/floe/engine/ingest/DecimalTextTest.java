package dev.floe.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecimalTextTest {
    @Test
    void scalesAndRoundsHalfAwayFromZero() {
        assertEquals(1235, DecimalText.toUnscaled("12.345", 5, 2));
        assertEquals(-1235, DecimalText.toUnscaled("-12.345", 5, 2));
        assertEquals(1234, DecimalText.toUnscaled("12.344999", 5, 2));
        assertEquals(1200, DecimalText.toUnscaled("12", 5, 2));
        assertEquals(50, DecimalText.toUnscaled(".5", 5, 2));
        assertEquals(3, DecimalText.toUnscaled("2.5", 38, 0));
        assertEquals(7, DecimalText.toUnscaled("+007", 3, 0));
        assertEquals(0, DecimalText.toUnscaled("0.000", 1, 0));
    }

    @Test
    void exponentsAndLongTextsTakeTheExactPath() {
        assertEquals(150000, DecimalText.toUnscaled("1.5e3", 10, 2));
        assertEquals(2, DecimalText.toUnscaled("1.5E-0", 10, 0));
        assertEquals(123456789012345678L, DecimalText.toUnscaled("0000123456789012345678", 18, 0));
    }

    @Test
    void valuesBeyondThePrecisionAreOutOfRange() {
        assertThrows(ArithmeticException.class, () -> DecimalText.toUnscaled("1000", 5, 2));
        assertThrows(ArithmeticException.class, () -> DecimalText.toUnscaled("999.995", 5, 2));
        assertThrows(ArithmeticException.class, () -> DecimalText.toUnscaled("1e6", 5, 0));
        assertThrows(ArithmeticException.class, () -> DecimalText.toUnscaled("12345678901234567890", 38, 0));
        assertThrows(ArithmeticException.class, () -> DecimalText.toUnscaled("92233720368547758.08", 38, 2));
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThrows(NumberFormatException.class, () -> DecimalText.toUnscaled("", 5, 0));
        assertThrows(NumberFormatException.class, () -> DecimalText.toUnscaled("-", 5, 0));
        assertThrows(NumberFormatException.class, () -> DecimalText.toUnscaled("1.2.3", 5, 0));
        assertThrows(NumberFormatException.class, () -> DecimalText.toUnscaled("12abc", 5, 0));
        assertThrows(NumberFormatException.class, () -> DecimalText.toUnscaled("e5", 5, 0));
    }
}
