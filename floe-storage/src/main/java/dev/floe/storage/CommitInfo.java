package dev.floe.storage;

/** What an append made durable and visible: its commit sequence number and how many rows it added. */
public record CommitInfo(long commitSeq, long rowCount) {
}
