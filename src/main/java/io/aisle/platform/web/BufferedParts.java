package io.aisle.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;

/**
 * The parts of a {@code multipart/form-data} body that {@link RequestBodyFilter} already read into memory.
 * Tomcat parses parts from its own input stream, which the filter has drained, so they are parsed here
 * from the buffered body with Tomcat's own parser; the form fields join the request's parameters (the
 * CSRF token of a form upload is one of them).
 */
final class BufferedParts {

    /** More parts than any form of the shop has: a body of thousands of tiny parts is refused. */
    private static final int MAX_PARTS = 100;

    private final List<Part> parts;
    private final Map<String, String[]> fields;

    private BufferedParts(List<Part> parts, Map<String, String[]> fields) {
        this.parts = parts;
        this.fields = fields;
    }

    static BufferedParts parse(HttpServletRequest request, int bodyLength, Charset charset) throws ServletException {
        // every part stays in memory: the body is in memory already and was bounded by the filter
        DiskFileItemFactory items = new DiskFileItemFactory(bodyLength + 1, null);
        items.setDefaultCharset(charset.name());
        FileUpload upload = new FileUpload();
        upload.setFileItemFactory(items);
        upload.setFileCountMax(MAX_PARTS);
        List<Part> parts = new ArrayList<>();
        Map<String, String[]> fields = new LinkedHashMap<>();
        try {
            for (FileItem item : upload.parseRequest(new ServletRequestContext(request))) {
                parts.add(new ApplicationPart(item, null));
                if (item.isFormField()) {
                    fields.merge(item.getFieldName(), new String[] {item.getString(charset.name())},
                            BufferedBodyRequest::concat);
                }
            }
        } catch (IOException e) {
            // Spring MVC answers this as a malformed multipart request (400)
            throw new ServletException("The multipart body cannot be read.", e);
        }
        return new BufferedParts(Collections.unmodifiableList(parts), fields);
    }

    List<Part> parts() {
        return parts;
    }

    Map<String, String[]> fields() {
        return fields;
    }
}
