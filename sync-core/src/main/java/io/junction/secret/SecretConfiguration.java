package io.junction.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String key = SecretCipher.newKey();
        Files.writeString(file, key, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits its folder's ACL.
        }
        return key;
    }
}
