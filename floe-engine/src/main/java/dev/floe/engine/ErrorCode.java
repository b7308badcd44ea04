package dev.floe.engine;

/**
 * Every error Floe reports, with the SQL state and the Snowflake error code clients expect.
 * The category tells whether the caller did something wrong or Floe did.
 */
public enum ErrorCode {
    SYNTAX_ERROR("42000", 1003, Category.USER),
    OBJECT_NOT_FOUND("02000", 2003, Category.USER),
    OBJECT_ALREADY_EXISTS("42710", 2002, Category.USER),
    INVALID_IDENTIFIER("42000", 904, Category.USER),
    AMBIGUOUS_COLUMN("42000", 2028, Category.USER),
    TYPE_MISMATCH("22000", 2023, Category.USER),
    INVALID_ARGUMENT("22023", 1044, Category.USER),
    NOT_GROUPED("42601", 2025, Category.USER),
    NUMERIC_VALUE_INVALID("22018", 100038, Category.USER),
    NUMERIC_OVERFLOW("22003", 100046, Category.USER),
    DIVISION_BY_ZERO("22012", 100051, Category.USER),
    TIMESTAMP_INVALID("22007", 100035, Category.USER),
    JSON_INVALID("22000", 100069, Category.USER),
    NULL_NOT_ALLOWED("22000", 100072, Category.USER),
    NOT_SUPPORTED("0A000", 2108, Category.USER),
    NO_CURRENT_DATABASE("22000", 90105, Category.USER),
    WAREHOUSE_TABLE_NOT_ATTACHED("42000", 2216, Category.USER),
    INSUFFICIENT_PRIVILEGES("42501", 3001, Category.USER),
    STATEMENT_TIMEOUT("57014", 630, Category.RESOURCES),
    CANCELLED("57014", 604, Category.RESOURCES),
    STORAGE_CORRUPT("XX001", 300010, Category.INTERNAL),
    INTERNAL_ERROR("XX000", 300002, Category.INTERNAL);

    public enum Category { USER, RESOURCES, INTERNAL }

    private final String sqlState;
    private final int snowflakeCode;
    private final Category category;

    ErrorCode(String sqlState, int snowflakeCode, Category category) {
        this.sqlState = sqlState;
        this.snowflakeCode = snowflakeCode;
        this.category = category;
    }

    public String sqlState() {
        return sqlState;
    }

    /** The numeric code Snowflake's drivers show, e.g. 002003 for a missing object. */
    public int snowflakeCode() {
        return snowflakeCode;
    }

    public Category category() {
        return category;
    }
}
