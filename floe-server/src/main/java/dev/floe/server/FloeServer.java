package dev.floe.server;

import dev.floe.engine.Floe;
import dev.floe.server.auth.Authenticator;
import dev.floe.server.auth.BootstrapAdmin;
import dev.floe.server.auth.KeyPairJwtVerifier;
import dev.floe.server.config.ServerConfig;
import dev.floe.server.http.HttpReply;
import dev.floe.server.http.Route;
import dev.floe.server.http.Router;
import dev.floe.server.sqlapi.SqlApiRoutes;
import dev.floe.server.sqlapi.StatementService;
import dev.floe.server.streaming.StreamingRoutes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Floe process serving HTTP: the SQL API ({@code /api/v2/statements}), the Snowpipe Streaming API
 * ({@code /v2/streaming/...}, {@code /oauth/token}), {@code GET /health} and
 * {@code GET /metrics} (Prometheus text). It owns the engine over the data directory. {@link #close()}
 * is the clean shutdown: no new statements, the running ones finish (or are cancelled after
 * shutdown.grace.ms), the last responses go out, then the engine closes its storage.
 */
public final class FloeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FloeServer.class);
    /** How long Jetty waits for in-flight responses once the statements are done. */
    private static final long HTTP_STOP_MILLIS = 5_000;

    private final Floe floe;
    private final Server jetty;
    private final ServerConnector connector;
    private final StatementService statements;
    private final ServerMetrics metrics;
    private final long shutdownGraceMillis;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FloeServer(Floe floe, Server jetty, ServerConnector connector, StatementService statements, ServerMetrics metrics,
                       long shutdownGraceMillis) {
        this.floe = floe;
        this.jetty = jetty;
        this.connector = connector;
        this.statements = statements;
        this.metrics = metrics;
        this.shutdownGraceMillis = shutdownGraceMillis;
    }

    /** Opens the data directory, creates the bootstrap admin on first start, and starts listening. */
    public static FloeServer start(ServerConfig config) throws Exception {
        Floe floe = Floe.open(config.getPath(ServerConfig.DATA_DIR));
        ServerMetrics metrics = new ServerMetrics();
        StatementService statements = null;
        Server jetty = null;
        try {
            Path credentials = BootstrapAdmin.ensure(floe);
            if (credentials != null) {
                LOG.info("First start: created user {} with role ACCOUNTADMIN; its password is in {}", BootstrapAdmin.USER, credentials);
            }
            statements = StatementService.create(floe, metrics, config.getLong(ServerConfig.MAX_RESULT_ROWS),
                    config.getInt(ServerConfig.STATEMENT_THREADS), config.getInt(ServerConfig.STATEMENT_QUEUE),
                    config.getLong(ServerConfig.RETENTION_MILLIS));
            KeyPairJwtVerifier jwt = new KeyPairJwtVerifier(config.getString(ServerConfig.ACCOUNT), floe::user,
                    config.getLong(ServerConfig.JWT_MAX_LIFETIME_SECONDS), config.getLong(ServerConfig.CLOCK_SKEW_SECONDS));
            Authenticator authenticator = new Authenticator(jwt, floe::user);
            SqlApiRoutes sqlApi = new SqlApiRoutes(statements, authenticator, metrics,
                    config.getInt(ServerConfig.MAX_STATEMENT_CHARS), config.getLong(ServerConfig.SYNC_WAIT_MILLIS));

            List<Route> routes = new ArrayList<>();
            routes.add(new Route("GET", "/health", call -> HttpReply.json(200, "{\"status\":\"UP\",\"version\":\"" + Floe.VERSION + "\"}")));
            routes.add(new Route("GET", "/metrics", call -> HttpReply.text(200, "text/plain; version=0.0.4", metrics.scrape())));
            routes.addAll(sqlApi.routes());
            metrics.ingestGauges(() -> floe.ingest().channels().size(), floe.ingest()::bytesInFlight);
            routes.addAll(new StreamingRoutes(floe.ingest(), authenticator, metrics, floe::user,
                    config.getLong(ServerConfig.JWT_MAX_LIFETIME_SECONDS)).routes());

            QueuedThreadPool threads = new QueuedThreadPool();
            threads.setName("floe-http");
            jetty = new Server(threads);
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost(config.getString(ServerConfig.HTTP_BIND));
            connector.setPort(config.getInt(ServerConfig.HTTP_PORT));
            jetty.addConnector(connector);
            jetty.setHandler(new GracefulHandler(new Router(routes, config.getLong(ServerConfig.MAX_BODY_BYTES), metrics)));
            jetty.setStopTimeout(HTTP_STOP_MILLIS);
            jetty.start();
            if (!java.net.InetAddress.getByName(connector.getHost()).isLoopbackAddress()) {
                LOG.warn("Listening on {}, reachable from other machines, over plain HTTP: put a TLS proxy in front", connector.getHost());
            }
            LOG.info("Floe {} listening on http://{}:{} (data directory {})", Floe.VERSION, connector.getHost(),
                    connector.getLocalPort(), floe.dataDir());
            return new FloeServer(floe, jetty, connector, statements, metrics, config.getLong(ServerConfig.SHUTDOWN_GRACE_MILLIS));
        } catch (Exception e) {
            if (jetty != null) {
                jetty.stop();
            }
            if (statements != null) {
                statements.shutdown(0);
            }
            metrics.close();
            floe.close();
            throw e;
        }
    }

    /** The port listened on (the chosen one when http.port is 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Shutting down: finishing running statements (up to {} ms)", shutdownGraceMillis);
        try {
            statements.shutdown(shutdownGraceMillis);
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("The HTTP server did not stop cleanly", e);
        } finally {
            metrics.close();
            floe.close();
        }
        LOG.info("Stopped");
    }
}
