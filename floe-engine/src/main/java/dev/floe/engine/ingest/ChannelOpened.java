package dev.floe.engine.ingest;

/** The answer to opening a channel: the token the first append must present, and the channel's status. */
public record ChannelOpened(String continuationToken, ChannelStatus status) {
}
