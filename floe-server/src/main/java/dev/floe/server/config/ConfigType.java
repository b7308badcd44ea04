package dev.floe.server.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** How a setting's text becomes a value. */
public enum ConfigType {
    INT {
        @Override
        Object parse(String key, String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be an integer, got '" + text + "'");
            }
        }
    },
    LONG {
        @Override
        Object parse(String key, String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be an integer, got '" + text + "'");
            }
        }
    },
    STRING {
        @Override
        Object parse(String key, String text) {
            return text.trim();
        }
    },
    PATH {
        @Override
        Object parse(String key, String text) {
            try {
                return Path.of(text.trim());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(key + " must be a file system path, got '" + text + "'");
            }
        }
    };

    abstract Object parse(String key, String text);
}
