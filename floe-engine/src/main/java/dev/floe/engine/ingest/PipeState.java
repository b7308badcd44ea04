package dev.floe.engine.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A pipe with its channels and usage history. */
final class PipeState {
    final PipeInfo info;
    final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();
    final UsageHistory usage = new UsageHistory();

    PipeState(PipeInfo info) {
        this.info = info;
    }
}
