package dev.floe.engine.security;

import java.util.Objects;

/** Who runs a statement or an ingest call: an authenticated user acting in one of its roles. */
public record Principal(String user, String role) {

    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
