package io.aisle.retention.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.retention.Campaign;
import io.aisle.retention.CampaignAudience;
import io.aisle.retention.CampaignForm;
import io.aisle.retention.CampaignReport;
import io.aisle.retention.Campaigns;
import io.aisle.retention.StartedCampaign;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Retention campaigns for admins: who a campaign would reach, starting one, its progress and its uplift. */
@Tag(name = "Retention campaigns")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Operation(summary = "How many scored customers the thresholds choose now (defaults: the high-risk and high-value bands)")
    @GetMapping("/preview")
    CampaignAudience preview(@RequestParam(required = false) @DecimalMin("0") @DecimalMax("1") Double minChurnProbability,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            BigDecimal minPredictedSpend,
            @RequestParam(required = false) @DecimalMin("0.05") @DecimalMax("0.9") Double controlShare) {
        return campaigns.preview(minChurnProbability, minPredictedSpend, controlShare);
    }

    @Operation(summary = "Start a campaign: personal codes and mails to the treated customers, nothing to a random control group",
            description = "The Idempotency-Key header is required: the same key answers the campaign it started "
                    + "(with the header Idempotent-Replayed: true) instead of starting a second one. Customers already "
                    + "in a campaign whose horizon still runs are left out.")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 400, when = "The Idempotency-Key header is missing, a field is invalid, or no scored "
            + "customer outside the running campaigns matches.")
    @PostMapping
    ResponseEntity<Campaign> start(@Valid @RequestBody CampaignForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal admin) {
        StartedCampaign started = campaigns.start(form, idempotencyKey, admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + started.campaign().id()))
                .header(REPLAYED_HEADER, Boolean.toString(!started.created()))
                .body(started.campaign());
    }

    @Operation(summary = "Campaigns, newest first, with their progress")
    @GetMapping
    PageResult<Campaign> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return campaigns.list(PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Campaign get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @Operation(summary = "Treated against control with 95 % intervals: final once the horizon has passed, interim before")
    @GetMapping("/{id}/report")
    CampaignReport report(@PathVariable long id) {
        return campaigns.report(id);
    }
}
