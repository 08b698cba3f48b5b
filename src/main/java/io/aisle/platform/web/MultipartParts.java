package io.aisle.platform.web;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.RequestContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;

/**
 * The parts of a {@code multipart/form-data} body that {@link RequestBodyFilter} already read: Tomcat parses
 * parts only from a stream nobody read, so they are parsed here, with Tomcat's own parser, from memory (the body
 * is at most {@link RequestBodyFilter#MAX_UPLOAD_BYTES}, so every part stays in memory too).
 */
final class MultipartParts {

    private MultipartParts() {
    }

    /** The parts, in order; a malformed body is refused as Tomcat refuses it, with an IllegalStateException. */
    static List<Part> parse(byte[] body, String contentType, String encoding) {
        DiskFileItemFactory factory = new DiskFileItemFactory((int) RequestBodyFilter.MAX_UPLOAD_BYTES + 1, null);
        FileUpload upload = new FileUpload();
        upload.setFileItemFactory(factory);
        upload.setFileCountMax(100);
        try {
            List<FileItem> items = upload.parseRequest(new RequestContext() {
                @Override
                public String getCharacterEncoding() {
                    return encoding;
                }

                @Override
                public String getContentType() {
                    return contentType;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(body);
                }
            });
            File nowhere = new File(".");
            return items.stream().<Part>map(item -> new ApplicationPart(item, nowhere)).toList();
        } catch (FileUploadException e) {
            throw new IllegalStateException("Malformed multipart body: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
