package io.aisle.training.api;

import io.aisle.modeling.ModelTarget;
import io.aisle.platform.CurrentUser;
import io.aisle.training.TrainingJob;
import io.aisle.training.TrainingJobs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training jobs of the ML API (admins only), under the insights paths the API has always had. */
@Tag(name = "Insights (admin)")
@RestController
@RequestMapping("/api/v1/insights")
class TrainingJobsController {

    private final TrainingJobs jobs;

    TrainingJobsController(TrainingJobs jobs) {
        this.jobs = jobs;
    }

    record TrainRequest(String target) {}

    @Operation(summary = "Train models in the background: target churn, spend or all; answers 202 with the job")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/train")
    ResponseEntity<TrainingJob> train(@RequestBody(required = false) TrainRequest request, CurrentUser admin) {
        TrainingJob job = jobs.start(ModelTarget.parseTargets(request == null ? null : request.target()), admin.email());
        return ResponseEntity.accepted().location(URI.create("/api/v1/insights/jobs/" + job.id())).body(job);
    }

    @Operation(summary = "A training job: status, phase, progress and, when done, the models it registered")
    @GetMapping("/jobs/{id}")
    TrainingJob job(@PathVariable long id) {
        return jobs.get(id);
    }

    @Operation(summary = "The latest training jobs, newest first")
    @GetMapping("/jobs")
    List<TrainingJob> jobs() {
        return jobs.recent(20);
    }
}
