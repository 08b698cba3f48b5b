package io.aisle.admin.internal;

import io.aisle.platform.AisleException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form a business module refused after it passed validation (a duplicate, a country in another zone,
 * something that went away in the meantime): the same page again, as the admin filled it in, with the reason
 * on top and the refusal's status. For the {@code @ExceptionHandler} of a form's page controller.
 */
public final class RefusedForm {

    private RefusedForm() {
    }

    /**
     * Binds the request again into {@code formType} under {@code formName} and renders {@code page}, which
     * gets the model and the {@code {id}} of the request's path (null on a "new" form) and returns the view.
     */
    public static ModelAndView show(AisleException refusal, HttpServletRequest request, String formName,
            Class<?> formType, BiFunction<Model, Long, String> page) {
        Model model = model(request, formName, formType, refusal);
        String view = page.apply(model, pathId(request, "id"));
        return new ModelAndView(view, model.asMap(), HttpStatus.valueOf(refusal.status()));
    }

    /** The model to show the refused form again: the form bound from the request, the reason as "error". */
    private static Model model(HttpServletRequest request, String name, Class<?> type, AisleException refusal) {
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
