package io.aisle.admin.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for {@code <script type="application/json">} blocks, which the admin's scripts read (the CSP allows
 * no inline script). The characters that could end the block or open markup are written as JSON escapes,
 * so a product named {@code </script>} stays data.
 */
@Component
public class HtmlJson {

    private final JsonMapper json;

    HtmlJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return escape(json.writeValueAsString(value));
    }

    /** Outside strings JSON has none of these characters, so escaping them keeps it the same JSON. */
    public static String escape(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
