package dev.floe.cli;

import java.io.IOException;
import java.io.Reader;

/** A script to run and the name its errors are reported under: a file path, {@code <query>} or {@code <stdin>}. */
record ScriptSource(String name, ReaderOpener opener) {
    @FunctionalInterface
    interface ReaderOpener {
        Reader open() throws IOException;
    }

    Reader open() throws IOException {
        return opener.open();
    }
}
