package dev.floe.server.streaming;

import com.github.luben.zstd.ZstdInputStream;
import dev.floe.server.http.HttpError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The NDJSON of a {@code /rows} request, decoded according to its {@code Content-Encoding} (zstd, gzip or none). */
final class RowsBody {
    private RowsBody() {
    }

    static InputStream decode(String contentEncoding, byte[] body) {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream raw = new ByteArrayInputStream(body);
        try {
            switch (encoding) {
                case "", "none", "identity":
                    return raw;
                case "gzip":
                    return new GZIPInputStream(raw);
                case "zstd":
                    return new ZstdInputStream(raw);
                default:
                    throw new HttpError(415, "ERR_UNSUPPORTED_CONTENT_ENCODING", "Unsupported Content-Encoding '" + contentEncoding
                            + "': send zstd, gzip or none");
            }
        } catch (IOException e) {
            throw new HttpError(400, "ERR_INVALID_ARGUMENT", "The body is not valid " + encoding + " data: " + e.getMessage());
        }
    }
}
