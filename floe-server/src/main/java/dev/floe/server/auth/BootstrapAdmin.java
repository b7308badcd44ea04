package dev.floe.server.auth;

import dev.floe.engine.Floe;
import dev.floe.engine.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * On the first start (no user in the catalog) creates the user ADMIN with role ACCOUNTADMIN and a
 * random password, written to {@code <dataDir>/admin-credentials} readable by the owner only (0600).
 * The password never goes to the log.
 */
public final class BootstrapAdmin {
    public static final String USER = "ADMIN";
    public static final String FILE_NAME = "admin-credentials";

    private BootstrapAdmin() {
    }

    /** The credentials file if this call created the admin, else null. */
    public static Path ensure(Floe floe) {
        Session session = floe.newSession();
        if (!session.executeOne("SHOW USERS").rows().isEmpty()) {
            return null;
        }
        String password = randomPassword();
        Path file = floe.dataDir().resolve(FILE_NAME);
        // The file first: a user whose password nobody knows would lock everyone out.
        writeOwnerOnly(file, "user=" + USER + "\npassword=" + password + "\n");
        try {
            session.executeOne("CREATE USER " + USER + " PASSWORD = '" + password + "' DEFAULT_ROLE = ACCOUNTADMIN");
            session.executeOne("GRANT ROLE ACCOUNTADMIN TO USER " + USER);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String content) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the admin credentials to " + file + ": " + e.getMessage(), e);
        }
    }
}
