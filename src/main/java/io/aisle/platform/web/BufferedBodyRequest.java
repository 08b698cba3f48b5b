package io.aisle.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * A request whose body was read in full by {@link RequestBodyFilter}: the rest of the application reads it
 * from memory. The container parses form parameters from the body only if nobody read it first, so for a
 * form post the parameters of the body join those of the query string here; a multipart body's parts are
 * parsed from memory too ({@link BufferedParts}).
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;
    private BufferedParts parts;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body was already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = isType(MediaType.APPLICATION_FORM_URLENCODED) ? withFormParameters()
                    : isType(MediaType.MULTIPART_FORM_DATA) ? withPartParameters() : super.getParameterMap();
        }
        return parameters;
    }

    @Override
    public Collection<Part> getParts() throws ServletException {
        if (!isType(MediaType.MULTIPART_FORM_DATA)) {
            throw new ServletException("The request is not multipart/form-data.");
        }
        if (parts == null) {
            parts = BufferedParts.parse(this, body.length, charset());
        }
        return parts.parts();
    }

    @Override
    public Part getPart(String name) throws ServletException {
        return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }

    private boolean isType(MediaType wanted) {
        String type = getContentType();
        try {
            return type != null && wanted.includes(MediaType.parseMediaType(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Form fields of a multipart body; an unreadable body has none (MVC answers it when it asks for parts). */
    private Map<String, String[]> withPartParameters() {
        Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
        try {
            getParts();
            parts.fields().forEach((name, values) -> all.merge(name, values, BufferedBodyRequest::concat));
        } catch (ServletException unreadable) {
            // no fields
        }
        return Collections.unmodifiableMap(all);
    }

    private Map<String, String[]> withFormParameters() {
        Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
        Charset charset = charset();
        for (String pair : new String(body, charset).split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                if (!name.isEmpty()) {
                    all.merge(name, new String[] {value}, BufferedBodyRequest::concat);
                }
            } catch (IllegalArgumentException malformed) {
                // a broken escape: the container skips such a parameter too
            }
        }
        return Collections.unmodifiableMap(all);
    }

    static String[] concat(String[] a, String[] b) {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
