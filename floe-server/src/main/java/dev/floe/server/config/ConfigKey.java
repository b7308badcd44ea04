package dev.floe.server.config;

import java.util.Objects;

/**
 * One setting of the server: its name in the configuration file, its type, its default (as
 * written in the file) and what it means. The validator rejects values that parse but make no sense.
 */
public record ConfigKey(String name, ConfigType type, String defaultValue, String doc, Validator validator) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(validator, "validator");
    }

    /** Checks a parsed value; throws {@link IllegalArgumentException} naming the key when it is out of range. */
    @FunctionalInterface
    public interface Validator {
        void check(String key, Object value);

        static Validator any() {
            return (key, value) -> { };
        }

        static Validator between(long min, long max) {
            return (key, value) -> {
                long v = ((Number) value).longValue();
                if (v < min || v > max) {
                    throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", got " + v);
                }
            };
        }

        static Validator nonEmpty() {
            return (key, value) -> {
                if (value.toString().isBlank()) {
                    throw new IllegalArgumentException(key + " must not be empty");
                }
            };
        }
    }
}
