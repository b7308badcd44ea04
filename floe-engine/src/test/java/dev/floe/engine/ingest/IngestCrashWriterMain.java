package dev.floe.engine.ingest;

import dev.floe.engine.Floe;
import dev.floe.engine.security.Principal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link IngestCrashTest}: streams batches into one channel, each batch's offset
 * token being its number, and prints {@code READY <committed token>} once the channel is open and
 * {@code ACK <token>} after each append returned, until it is killed.
 */
public final class IngestCrashWriterMain {
    static final int ROWS_PER_BATCH = 10;
    static final String CHANNEL = "crash_sensor_data_0";

    private IngestCrashWriterMain() {
    }

    public static void main(String[] args) {
        Principal p = new Principal("FLOE", "ACCOUNTADMIN");
        try (Floe floe = Floe.open(Path.of(args[0]))) {
            if (floe.newSession().executeOne("SHOW DATABASES LIKE 'KAFKA_INTERACTIVE'").rows().isEmpty()) {
                IngestTestSupport.setUp(floe);
            }
            StreamingIngest ingest = floe.ingest();
            ChannelOpened opened = ingest.openChannel(p, IngestTestSupport.DB, IngestTestSupport.SCHEMA, IngestTestSupport.PIPE,
                    CHANNEL, null);
            String committed = opened.status().lastCommittedOffsetToken();
            long batch = committed == null ? 0 : Long.parseLong(committed);
            System.out.println("READY " + batch);
            System.out.flush();
            String token = opened.continuationToken();
            while (true) {
                batch++;
                StringBuilder body = new StringBuilder();
                for (int i = 1; i <= ROWS_PER_BATCH; i++) {
                    long id = (batch - 1) * ROWS_PER_BATCH + i;
                    body.append("{\"device_id\": \"D").append(id % 20).append("\", \"value\": ").append(id).append("}\n");
                }
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                token = ingest.append(p, IngestTestSupport.DB, IngestTestSupport.SCHEMA, IngestTestSupport.PIPE, CHANNEL, token,
                        Long.toString(batch), new ByteArrayInputStream(bytes), bytes.length).nextContinuationToken();
                System.out.println("ACK " + batch);
                System.out.flush();
            }
        }
    }
}
