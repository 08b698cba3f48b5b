package io.aisle.admin.internal;

import io.aisle.platform.AisleException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A form a business module refused (a SKU in use, a country in another zone...): the model to show it
 * again, bound from the request as the admin filled it in, with the reason on top.
 */
public final class RefusedForm {

    private RefusedForm() {
    }

    public static Model model(HttpServletRequest request, String name, Class<?> type, AisleException refusal) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, name);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(request);
        Model model = new ExtendedModelMap().addAllAttributes(binder.getBindingResult().getModel());
        model.addAttribute("error", refusal.detail());
        return model;
    }

    /** The id in the request's path, or null on a page without one. */
    public static Long pathId(HttpServletRequest request, String variable) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return path == null || !path.containsKey(variable) ? null : Long.valueOf(path.get(variable));
    }
}
