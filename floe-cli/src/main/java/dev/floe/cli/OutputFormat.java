package dev.floe.cli;

import java.io.PrintWriter;

/** The output formats of {@code floe sql --format}. */
enum OutputFormat {
    /** Boxed, aligned columns and a row count with the time taken, as SnowSQL prints them. */
    TABLE,
    /** RFC 4180: a header line, CRLF line ends; NULL is an empty field, an empty string is {@code ""}. */
    CSV,
    /** One JSON array of objects (column name to value) per result, on one line. */
    JSON;

    ResultPrinter printer(PrintWriter out) {
        switch (this) {
            case CSV: return new CsvPrinter(out);
            case JSON: return new JsonPrinter(out);
            default: return new TablePrinter(out);
        }
    }
}
