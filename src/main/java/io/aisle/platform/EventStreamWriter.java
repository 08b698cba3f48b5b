package io.aisle.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events straight to a response while the request is still being handled, flushing
 * each event, so a client sees an answer as it is produced (an {@code SseEmitter} used on the request
 * thread would hold everything back until the handler returns). A client that went away ends the writing
 * quietly; the work that produces the events goes on and is kept.
 */
public final class EventStreamWriter {

    private final HttpServletResponse response;
    private OutputStream out;
    private boolean gone;

    public EventStreamWriter(HttpServletResponse response) {
        this.response = response;
    }

    /** Sends one event; {@code data} may span lines. */
    public void send(String event, String data) {
        if (gone) {
            return;
        }
        StringBuilder frame = new StringBuilder("event:").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            frame.append("data:").append(line).append('\n');
        }
        frame.append('\n');
        try {
            if (out == null) {
                response.setContentType("text/event-stream");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Cache-Control", "no-cache");
                response.setHeader("X-Accel-Buffering", "no");
                out = response.getOutputStream();
            }
            out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}
