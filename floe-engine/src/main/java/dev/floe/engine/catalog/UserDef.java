package dev.floe.engine.catalog;

import java.util.Map;

/**
 * A user and its properties (DEFAULT_ROLE, RSA_PUBLIC_KEY, ...). A password is never kept in
 * clear: {@code PASSWORD} holds a salted hash (see {@link PasswordHash}).
 */
public record UserDef(String name, Map<String, String> properties, long createdMillis, String owner) {

    public UserDef {
        properties = Map.copyOf(properties);
    }

    public String property(String key) {
        return properties.get(key);
    }
}
