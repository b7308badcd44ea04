package dev.floe.engine.system;

/** One finished statement, as QUERY_HISTORY() shows it. */
public record QueryRecord(String queryId, String queryText, String databaseName, String schemaName, String queryType,
                          long sessionId, String userName, String roleName, String warehouseName, String warehouseSize,
                          String warehouseType, String executionStatus, String errorCode, String errorMessage,
                          long startMillis, long endMillis, long rowsProduced, long rowsScanned) {
}
