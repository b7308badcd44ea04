package dev.floe.engine.security;

/**
 * Privilege names as grants record them (keywords joined by one space). Which object types take
 * which privilege: https://docs.snowflake.com/en/user-guide/security-access-control-privileges
 */
public final class Privileges {
    public static final String ALL = "ALL";
    public static final String OWNERSHIP = "OWNERSHIP";
    public static final String USAGE = "USAGE";
    public static final String SELECT = "SELECT";
    public static final String INSERT = "INSERT";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String MODIFY = "MODIFY";
    public static final String OPERATE = "OPERATE";
    public static final String CREATE_SCHEMA = "CREATE SCHEMA";
    public static final String CREATE_TABLE = "CREATE TABLE";
    public static final String CREATE_DATABASE = "CREATE DATABASE";
    public static final String CREATE_WAREHOUSE = "CREATE WAREHOUSE";
    public static final String CREATE_ROLE = "CREATE ROLE";
    public static final String CREATE_USER = "CREATE USER";
    public static final String MANAGE_GRANTS = "MANAGE GRANTS";

    private Privileges() {
    }
}
