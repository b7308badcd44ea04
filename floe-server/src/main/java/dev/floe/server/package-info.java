/** The Floe server: Snowflake's SQL API v2 over HTTP with key-pair and password authentication, health and metrics. */
package dev.floe.server;
