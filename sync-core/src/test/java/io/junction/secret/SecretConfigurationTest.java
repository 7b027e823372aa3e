package io.junction.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's key file: created owner-only in one step, in an owner-only folder, never through a planted link. */
class SecretConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void aNewKeyFileIsCreatedReadableByItsOwnerOnlyInAFolderOfItsOwnerOnly() throws IOException {
        // given
        Path file = dir.resolve("data").resolve("secrets.key");

        // when
        String key = SecretConfiguration.readOrCreate(file);

        // then
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file)).isEqualTo(key);
        assertThat(SecretConfiguration.readOrCreate(file))
                .as("read back on the next start")
                .isEqualTo(key);
    }

    @Test
    void aLinkPlantedAtTheKeyFilesPathIsNotFollowed() throws IOException {
        // given: a link to a place someone else could read, with nothing there yet
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("stolen.key");
        Path file = Files.createSymbolicLink(dir.resolve("secrets.key"), elsewhere);

        // when / then
        assertThatThrownBy(() -> SecretConfiguration.readOrCreate(file)).isInstanceOf(IOException.class);
        assertThat(elsewhere).doesNotExist();
    }
}
