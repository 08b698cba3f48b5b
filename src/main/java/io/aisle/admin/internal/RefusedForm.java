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
 * A form a business module refused after it passed validation (a duplicate, something that went away in
 * the meantime): the same page again, as the admin filled it in, with the reason on top and the refusal's
 * status. For the {@code @ExceptionHandler} of a form's page controller.
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
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, formName);
        binder.setTargetType(ResolvableType.forClass(formType));
        binder.construct(request);
        Model model = new ExtendedModelMap().addAllAttributes(binder.getBindingResult().getModel());
        model.addAttribute("error", refusal.detail());
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long id = path != null && path.containsKey("id") ? Long.valueOf(path.get("id")) : null;
        String view = page.apply(model, id);
        return new ModelAndView(view, model.asMap(), HttpStatus.valueOf(refusal.status()));
    }
}
