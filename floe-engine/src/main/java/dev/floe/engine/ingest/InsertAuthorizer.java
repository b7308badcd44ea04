package dev.floe.engine.ingest;

import dev.floe.engine.catalog.ObjectName;
import dev.floe.engine.security.Principal;

/** Checks that a principal may stream rows into a table; throws the engine's privilege error otherwise. */
@FunctionalInterface
public interface InsertAuthorizer {
    void requireInsert(Principal principal, ObjectName table);
}
