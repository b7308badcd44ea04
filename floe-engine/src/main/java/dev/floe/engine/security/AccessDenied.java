package dev.floe.engine.security;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;

/**
 * The errors of a failed privilege check, worded as Snowflake words them (error 003001, SQL state
 * 42501), with the missing privilege named at the end so the caller knows what to grant.
 */
public final class AccessDenied {
    private AccessDenied() {
    }

    /**
     * "Insufficient privileges to operate on table 'SENSOR_DATA' (requires OWNERSHIP on table
     * KAFKA_INTERACTIVE.STREAMING.SENSOR_DATA)"; {@code kind} is lower case (table, schema, account ...).
     */
    public static FloeException insufficient(String kind, String shortName, String requirement) {
        return new FloeException(ErrorCode.INSUFFICIENT_PRIVILEGES, "SQL access control error:\nInsufficient privileges to operate on "
                + kind + " '" + shortName + "' (requires " + requirement + ")");
    }

    /** USE ROLE (or a session) with a role that is not granted to the user, directly or through other roles. */
    public static FloeException roleNotGranted(String user, String role) {
        return new FloeException(ErrorCode.INSUFFICIENT_PRIVILEGES, "SQL access control error:\nRequested role '" + role
                + "' is not assigned to the executing user '" + user + "'. Specify another role to activate.");
    }
}
