package io.aisle.platform.web;

import io.aisle.platform.PlainText;
import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link PlainText}'s rule for every text input. A JSON string with a control character is a 400 naming
 * the field: an API client can be told exactly what is wrong. A web form's text has them dropped: no
 * keyboard types them, so they only come from a broken or hostile client, and the rest of what was typed
 * is what the person meant.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextInput {

    /** Registered by Boot with the application's JSON mapper. */
    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new PlainStringDeserializer());
    }

    static final class PlainStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) {
            String text = super.deserialize(p, context);
            if (text != null && PlainText.hasControlCharacters(text)) {
                throw InvalidFormatException.from(p, "text must not contain control characters", text, String.class);
            }
            return text;
        }
    }

    /** Form fields and request parameters, bound as text. */
    @ControllerAdvice
    static class Forms {

        @InitBinder
        void plainText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(text == null ? null : PlainText.withoutControlCharacters(text));
                }
            });
        }
    }
}
