package io.junction.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the credentials key comes from: {@code junction.secrets.key} (env {@code JUNCTION_SECRETS_KEY}),
 * or a key file that is created on first use ({@code junction.secrets.key-file}, the demo's choice).
 * Without either, start-up stops with a message saying how to set one.
 */
@Configuration(proxyBeanMethods = false)
public class SecretConfiguration {

    @Bean
    SecretCipher secretCipher(
            @Value("${junction.secrets.key:}") String key, @Value("${junction.secrets.key-file:}") String keyFile)
            throws IOException {
        if (!key.isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(key.trim()));
        }
        if (!keyFile.isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(readOrCreate(Path.of(keyFile))));
        }
        throw new IllegalStateException("No credentials key: set JUNCTION_SECRETS_KEY to the Base64 of 32 random bytes"
                + " (e.g. `openssl rand -base64 32`), or junction.secrets.key-file to a file Junction may create");
    }

    /**
     * Reads the key file, or creates it with a new key. The file is created 0600 in one step (never
     * written first and narrowed after), and only if nothing is at its path: a link planted there is
     * refused rather than followed. A folder it needs is created 0700.
     */
    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        Path parent = file.toAbsolutePath().getParent();
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && Files.notExists(parent)) {
            Files.createDirectories(
                    parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(parent);
        }
        String key = SecretCipher.newKey();
        // CREATE_NEW: fails on anything already there, a dangling symbolic link included
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            // Windows: the file inherits its folder's ACL.
            Files.createFile(file);
        }
        Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        return key;
    }
}
