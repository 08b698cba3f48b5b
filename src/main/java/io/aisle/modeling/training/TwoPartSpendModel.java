package io.aisle.modeling.training;

import com.google.protobuf.Any;
import com.google.protobuf.Struct;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.regression.Regressor;

/**
 * Spend in the horizon as two parts: the probability of buying at all (1 − a calibrated churn model's
 * probability) times the spend if buying (a regression fitted on log(1 + spend) of the customers who bought),
 * times a scale fitted on a validation split to minimise the absolute error.
 *
 * <p>Why: spend is zero for about half the customers and heavy-tailed for the rest (a few wholesalers spend
 * a hundred times the median). Squared error on raw money lets those few decide every split; the log scale
 * fits the typical buyer, and the scale (a weighted median, which is what minimises the absolute error over
 * one factor) turns the product into an MAE-matched forecast. The scale changes no ranking.
 */
public final class TwoPartSpendModel extends Model<Regressor> {

    private static final long serialVersionUID = 1L;
    public static final int CURRENT_VERSION = 0;

    private final Model<Label> buying;
    private final Model<Regressor> amount;
    private final double scale;

    public TwoPartSpendModel(Model<Label> buying, Model<Regressor> amount, double scale) {
        super(amount.getName(), amount.getProvenance(), amount.getFeatureIDMap(), amount.getOutputIDInfo(), false);
        this.buying = buying;
        this.amount = amount;
        this.scale = scale;
    }

    /** The unscaled forecast of each example, P(buy) × (e^(log-spend forecast) − 1), in one batch per part. */
    public static double[] unscaled(Model<Label> buying, Model<Regressor> amount, List<Example<Regressor>> examples) {
        List<Example<Label>> asLabels = new ArrayList<>(examples.size());
        for (Example<Regressor> example : examples) {
            List<String> names = new ArrayList<>(example.size());
            List<Double> values = new ArrayList<>(example.size());
            for (Feature feature : example) {
                names.add(feature.getName());
                values.add(feature.getValue());
            }
            asLabels.add(new ArrayExample<>(new Label(Datasets.STAYED), names.toArray(String[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        List<Prediction<Label>> churn = buying.predict(asLabels);
        List<Prediction<Regressor>> logSpend = amount.predict(examples);
        double[] forecast = new double[examples.size()];
        for (int i = 0; i < forecast.length; i++) {
            double buys = 1 - churn.get(i).getOutputScores().get(Datasets.CHURNED).getScore();
            forecast[i] = buys * Math.expm1(Math.max(0, logSpend.get(i).getOutput().getValues()[0]));
        }
        return forecast;
    }

    /** The factor s ≥ 0 minimising Σ |actual − s · forecast|: the forecast-weighted median of actual / forecast. */
    public static double maeScale(double[] forecast, double[] actual) {
        List<double[]> ratios = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < forecast.length; i++) {
            if (forecast[i] > 0) {
                ratios.add(new double[] {actual[i] / forecast[i], forecast[i]});
                total += forecast[i];
            }
        }
        if (ratios.isEmpty()) {
            return 1;
        }
        ratios.sort((x, y) -> Double.compare(x[0], y[0]));
        double seen = 0;
        for (double[] ratio : ratios) {
            seen += ratio[1];
            if (seen >= total / 2) {
                return ratio[0];
            }
        }
        return ratios.get(ratios.size() - 1)[0];
    }

    @Override
    public Prediction<Regressor> predict(Example<Regressor> example) {
        return innerPredict(List.of(example)).get(0);
    }

    @Override
    protected List<Prediction<Regressor>> innerPredict(Iterable<Example<Regressor>> examples) {
        List<Example<Regressor>> list = new ArrayList<>();
        examples.forEach(list::add);
        double[] forecast = unscaled(buying, amount, list);
        List<Prediction<Regressor>> predictions = new ArrayList<>(list.size());
        for (int i = 0; i < forecast.length; i++) {
            predictions.add(new Prediction<>(new Regressor(Datasets.SPEND, scale * forecast[i]), list.get(i).size(),
                    list.get(i)));
        }
        return predictions;
    }

    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return amount.getTopFeatures(n);
    }

    @Override
    public Optional<Excuse<Regressor>> getExcuse(Example<Regressor> example) {
        return Optional.empty();
    }

    @Override
    protected Model<Regressor> copy(String newName, ModelProvenance newProvenance) {
        return new TwoPartSpendModel(buying.copy(), amount.copy(), scale);
    }

    @Override
    public ModelProto serialize() {
        return NestedModels.proto(TwoPartSpendModel.class, Map.of("buying", buying, "amount", amount),
                Map.of("scale", scale));
    }

    /** Read back by Tribuo's {@code ProtoUtil}, found by name. */
    @SuppressWarnings("unused")
    static TwoPartSpendModel deserializeFromProto(int version, String className, Any message) {
        Struct data = NestedModels.data(version, TwoPartSpendModel.class, message);
        return new TwoPartSpendModel(NestedModels.model(data, "buying").castModel(Label.class),
                NestedModels.model(data, "amount").castModel(Regressor.class), NestedModels.number(data, "scale"));
    }
}
