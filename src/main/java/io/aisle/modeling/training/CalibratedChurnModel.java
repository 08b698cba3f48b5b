package io.aisle.modeling.training;

import com.google.protobuf.Any;
import com.google.protobuf.Struct;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;

/**
 * A churn classifier whose probabilities pass through {@link PlattScaling} fitted on a validation split, so
 * that "0.7" means about 7 in 10 such customers did not buy again. Scores in one batch through the inner
 * model (XGBoost pays per call) and saves as one Tribuo protobuf file with the inner model inside.
 */
public final class CalibratedChurnModel extends Model<Label> {

    private static final long serialVersionUID = 1L;
    public static final int CURRENT_VERSION = 0;

    private final Model<Label> inner;
    private final PlattScaling calibration;

    public CalibratedChurnModel(Model<Label> inner, PlattScaling calibration) {
        super(inner.getName(), inner.getProvenance(), inner.getFeatureIDMap(), inner.getOutputIDInfo(), true);
        this.inner = inner;
        this.calibration = calibration;
    }

    public PlattScaling calibration() {
        return calibration;
    }

    @Override
    public Prediction<Label> predict(Example<Label> example) {
        return innerPredict(List.of(example)).get(0);
    }

    @Override
    protected List<Prediction<Label>> innerPredict(Iterable<Example<Label>> examples) {
        List<Prediction<Label>> raw = inner.predict(examples);
        List<Prediction<Label>> calibrated = new ArrayList<>(raw.size());
        for (Prediction<Label> prediction : raw) {
            double churned = calibration.apply(prediction.getOutputScores().get(Datasets.CHURNED).getScore());
            Map<String, Label> scores = new LinkedHashMap<>();
            scores.put(Datasets.CHURNED, new Label(Datasets.CHURNED, churned));
            scores.put(Datasets.STAYED, new Label(Datasets.STAYED, 1 - churned));
            Label best = churned >= 0.5 ? scores.get(Datasets.CHURNED) : scores.get(Datasets.STAYED);
            calibrated.add(new Prediction<>(best, scores, prediction.getNumActiveFeatures(), prediction.getExample(),
                    true));
        }
        return calibrated;
    }

    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return inner.getTopFeatures(n);
    }

    @Override
    public Optional<Excuse<Label>> getExcuse(Example<Label> example) {
        return Optional.empty();
    }

    @Override
    protected Model<Label> copy(String newName, ModelProvenance newProvenance) {
        return new CalibratedChurnModel(inner.copy(), calibration);
    }

    @Override
    public ModelProto serialize() {
        return NestedModels.proto(CalibratedChurnModel.class, Map.of("inner", inner),
                Map.of("a", calibration.a(), "b", calibration.b()));
    }

    /** Read back by Tribuo's {@code ProtoUtil}, found by name. */
    @SuppressWarnings("unused")
    static CalibratedChurnModel deserializeFromProto(int version, String className, Any message) {
        Struct data = NestedModels.data(version, CalibratedChurnModel.class, message);
        return new CalibratedChurnModel(NestedModels.model(data, "inner").castModel(Label.class),
                new PlattScaling(NestedModels.number(data, "a"), NestedModels.number(data, "b")));
    }
}
