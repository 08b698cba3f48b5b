package io.aisle.retention.web;

import io.aisle.ordering.OrderingProperties;
import io.aisle.platform.Htmx;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.retention.Campaign;
import io.aisle.retention.Campaigns;
import io.aisle.retention.DiscountKind;
import io.aisle.retention.StartedCampaign;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.UUID;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's campaign pages: the list, the form with its live preview, and one campaign with its report. */
@Controller
class CampaignPageController {

    private static final String FORM = "admin/campaigns/form";

    private final Campaigns campaigns;
    private final String currency;

    CampaignPageController(Campaigns campaigns, OrderingProperties ordering) {
        this.campaigns = campaigns;
        this.currency = ordering.currency();
    }

    /** Amounts on these pages are in the shop's currency, written as its mails write them. */
    @ModelAttribute
    void currency(Model model) {
        model.addAttribute("currency", Campaign.symbol(currency));
        model.addAttribute("currencyCode", currency);
    }

    @GetMapping("/admin/campaigns")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<Campaign> result = campaigns.list(new PageQuery(Math.max(page, 0), PageQuery.DEFAULT_SIZE));
        model.addAttribute("campaigns", result.content());
        model.addAttribute("page", result.page());
        return "admin/campaigns/list";
    }

    @GetMapping("/admin/campaigns/new")
    String newCampaign(Model model) {
        CampaignPageForm form = new CampaignPageForm("Win back", campaigns.defaultMinChurnProbability(),
                campaigns.defaultMinPredictedSpend(), DiscountKind.PERCENTAGE, new BigDecimal("15"), 30,
                campaigns.defaultHorizonDays(), 20, false, UUID.randomUUID().toString());
        return form(model, form);
    }

    /**
     * The form's live count: how many customers the thresholds choose, and how they split; numbers out of the form's
     * bounds get a message in its place (200, so that htmx shows it).
     */
    @GetMapping("/admin/campaigns/preview")
    String preview(@Valid @ModelAttribute("query") AudienceQuery query, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("audienceError", "Enter a churn probability from 0 to 1, a predicted spend from 0 to "
                    + "9999999999.99 and a control group of 5 to 90 % to see who matches.");
        } else {
            model.addAttribute("audience", campaigns.preview(query.minChurnProbability(), query.minPredictedSpend(),
                    query.controlShare()));
        }
        return "admin/campaigns/form :: audience-update";
    }

    @PostMapping("/admin/campaigns")
    String start(@Valid @ModelAttribute("campaignForm") CampaignPageForm form, BindingResult result, Model model,
            Principal admin, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form);
        }
        StartedCampaign started = campaigns.start(form.toForm(), form.requestKey(), admin.getName());
        redirect.addFlashAttribute("message", started.created()
                ? "Started " + started.campaign().name() + ": the offers are going out."
                : "This form had already started the campaign below.");
        return "redirect:/admin/campaigns/" + started.campaign().id();
    }

    @GetMapping("/admin/campaigns/{id}")
    String campaign(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("campaign", campaigns.get(id));
        if (!Htmx.isPartial(request)) {
            // the poll while offers go out asks for the progress only: the report is read once, with the page
            model.addAttribute("report", campaigns.report(id));
        }
        return Htmx.view(request, response, "admin/campaigns/campaign", "progress");
    }

    /** No customer matches, or a field does not fit: the form again as filled in, with the reason on top. */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView refused(InvalidRequestException refusal, HttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "campaignForm");
        binder.setTargetType(ResolvableType.forClass(CampaignPageForm.class));
        binder.construct(request);
        Model model = new ExtendedModelMap().addAllAttributes(binder.getBindingResult().getModel());
        model.addAttribute("error", refusal.detail());
        CampaignPageForm form = (CampaignPageForm) model.getAttribute("campaignForm");
        model.addAttribute("audience", campaigns.preview(form.minChurnProbability(), form.minPredictedSpend(), null));
        model.addAttribute("kinds", DiscountKind.values());
        return new ModelAndView(FORM, model.asMap(), HttpStatus.valueOf(refusal.status()));
    }

    private String form(Model model, CampaignPageForm form) {
        if (!model.containsAttribute("campaignForm")) {
            model.addAttribute("campaignForm", form);
        }
        model.addAttribute("kinds", DiscountKind.values());
        model.addAttribute("audience", campaigns.preview(form.minChurnProbability(), form.minPredictedSpend(),
                form.controlPercent() == null ? null : form.controlPercent() / 100.0));
        return FORM;
    }
}
