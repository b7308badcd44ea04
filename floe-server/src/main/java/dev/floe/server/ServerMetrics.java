package dev.floe.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The server's meters, scraped by Prometheus at {@code GET /metrics}:
 * <ul>
 * <li>{@code floe_statements_seconds} (timer: count, sum, max, histogram buckets) by {@code warehouse} and
 *     {@code outcome} (success, failed, cancelled): queries per second are {@code rate(..._count)}, latency
 *     quantiles come from the buckets;</li>
 * <li>{@code floe_statements_running} and {@code floe_statements_queued} (gauges);</li>
 * <li>{@code floe_http_requests_seconds} (timer) by {@code method}, {@code route} and {@code status};</li>
 * <li>{@code floe_auth_failures_total} (counter) by {@code scheme} (jwt, password, none);</li>
 * <li>{@code floe_ingest_rows_total} and {@code floe_ingest_bytes_total} (counters) and
 *     {@code floe_ingest_appends_seconds} (timer: appends per second and commit latency) by {@code pipe};
 *     {@code floe_ingest_channels_open} and {@code floe_ingest_memory_bytes} (gauges);</li>
 * <li>JVM memory, threads and process uptime.</li>
 * </ul>
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger running = new AtomicInteger();

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        registry.gauge("floe.statements.running", running);
    }

    /** Reports the statements waiting for a thread, as the executor knows them. */
    public void queuedStatements(IntSupplier queued) {
        // A strong reference: the registry would otherwise let go of the lambda and report NaN.
        Gauge.builder("floe.statements.queued", queued, IntSupplier::getAsInt).strongReference(true).register(registry);
    }

    public void statementStarted() {
        running.incrementAndGet();
    }

    /** A statement ended; {@code warehouse} is null when the session had none. */
    public void statementFinished(String warehouse, String outcome, long nanos) {
        running.decrementAndGet();
        Timer.builder("floe.statements")
                .description("SQL statements run through the SQL API")
                .tag("warehouse", warehouse == null ? "none" : warehouse)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void httpRequest(String method, String route, int status, long nanos) {
        Timer.builder("floe.http.requests")
                .description("HTTP requests served")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Reports streaming ingest's open channels and the request bytes it holds in memory. */
    public void ingestGauges(IntSupplier openChannels, java.util.function.LongSupplier memoryBytes) {
        Gauge.builder("floe.ingest.channels.open", openChannels, IntSupplier::getAsInt).strongReference(true).register(registry);
        Gauge.builder("floe.ingest.memory", memoryBytes, java.util.function.LongSupplier::getAsLong).baseUnit("bytes")
                .strongReference(true).register(registry);
    }

    /** One committed append call on a pipe (DB.SCHEMA.PIPE): rows written, body bytes, time to commit. */
    public void ingested(String pipe, int rows, long bytes, long nanos) {
        Counter.builder("floe.ingest.rows").description("Rows committed by streaming ingest").tag("pipe", pipe)
                .register(registry).increment(rows);
        Counter.builder("floe.ingest.bytes").description("Request body bytes committed by streaming ingest")
                .tag("pipe", pipe).register(registry).increment(bytes);
        Timer.builder("floe.ingest.appends").description("Streaming append calls, from request to durable commit")
                .tag("pipe", pipe).publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void authFailure(String scheme) {
        Counter.builder("floe.auth.failures").description("Requests refused with 401").tag("scheme", scheme)
                .register(registry).increment();
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public void close() {
        registry.close();
    }
}
