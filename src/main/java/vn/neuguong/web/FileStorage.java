package vn.neuguong.web;

import java.io.InputStream;

/**
 * Where uploaded files live. Every upload goes through this interface; the default keeps files on the local
 * filesystem, and another implementation (an S3-compatible store) can replace it without touching its callers.
 */
public interface FileStorage {

    /** Stores the content and returns the key to read it back with. */
    String store(String namespace, String filename, InputStream content);

    InputStream open(String key);

    void delete(String key);
}
