package io.junction.web.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the demo's files to the user who runs it: the folder of the embedded database (which also
 * holds the demo's credentials key) is made 0700 before the database is opened, and the files in it
 * 0600 once the application is ready. Java cannot set a umask, so H2 creates its files with the
 * process's; the folder's 0700 keeps everyone else out of them from the start, and the files are
 * narrowed as soon as they exist. On a file system without POSIX permissions (Windows) nothing is
 * changed: the folder's ACL applies.
 */
class DemoDataFolder implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Optional<Path> folder;

    DemoDataFolder(Environment environment) {
        this.folder = folderOf(environment.getProperty("spring.datasource.url", ""));
    }

    /** The folder an H2 file database lives in; none for any other database. */
    static Optional<Path> folderOf(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.ofNullable(Path.of(name).toAbsolutePath().normalize().getParent());
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            folder.ifPresent(DemoDataFolder::makePrivate);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        folder.ifPresent(DemoDataFolder::makeFilesPrivate);
    }

    /** Creates the folder 0700, or narrows an existing one (made by an earlier version) to 0700. */
    static void makePrivate(Path dir) {
        try {
            if (!posix(dir)) {
                Files.createDirectories(dir);
                return;
            }
            if (Files.notExists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            }
            Files.setPosixFilePermissions(dir, FOLDER);
            makeFilesPrivate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo's data folder " + dir + " private", e);
        }
    }

    /** Narrows every regular file directly in the folder to 0600. */
    static void makeFilesPrivate(Path dir) {
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the files of the demo's data folder " + dir + " private", e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
