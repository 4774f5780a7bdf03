package vn.neuguong.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files under {@code neuguong.storage.dir}, in one folder per namespace and month, named by a random id. */
@Component
class LocalFileStorage implements FileStorage {

    private final Path root;
    private final Clock clock;

    LocalFileStorage(@Value("${neuguong.storage.dir:./data/files}") String dir, Clock clock) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public String store(String namespace, String filename, InputStream content) {
        if (!namespace.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Bad storage namespace: " + namespace);
        }
        String key = namespace + "/" + LocalDate.now(clock).toString().substring(0, 7) + "/" + UUID.randomUUID();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(content, target);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + filename, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key leaves the storage folder: " + key);
        }
        return path;
    }
}
